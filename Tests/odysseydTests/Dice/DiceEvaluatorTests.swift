import Testing
@testable import odysseyd

/// Replays chosen die faces, so expectations can be checked by hand. It feeds
/// `Int.random(in:using:)` the one 64-bit value whose multiply-high (Lemire's method, which the
/// standard library uses) is the wanted face, with a low half far from the rejection zone.
struct ScriptedDice: RandomNumberGenerator {
    private var outputs: [UInt64] = []
    private var nextIndex = 0

    init(_ faces: [Int], in range: ClosedRange<Int>) {
        add(faces, in: range)
    }

    init(d sides: Int, _ faces: Int...) {
        add(faces, in: 1...sides)
    }

    func then(d sides: Int, _ faces: Int...) -> ScriptedDice {
        var copy = self
        copy.add(faces, in: 1...sides)
        return copy
    }

    func then(_ faces: [Int], in range: ClosedRange<Int>) -> ScriptedDice {
        var copy = self
        copy.add(faces, in: range)
        return copy
    }

    private mutating func add(_ faces: [Int], in range: ClosedRange<Int>) {
        let count = UInt64(range.count)
        for face in faces {
            precondition(range.contains(face))
            let index = UInt64(face - range.lowerBound)   // 0-based
            outputs.append(count.dividingFullWidth((high: index, low: UInt64.max)).quotient)
        }
    }

    var remaining: Int { outputs.count - nextIndex }

    mutating func next() -> UInt64 {
        guard nextIndex < outputs.count else {
            Issue.record("ScriptedDice ran out of faces")
            return 0
        }
        defer { nextIndex += 1 }
        return outputs[nextIndex]
    }
}

private func total(_ text: String, mode: RollMode = .normal, _ dice: ScriptedDice = ScriptedDice([], in: 1...1)) throws -> Int {
    var generator = dice
    let roll = try DiceRoller().roll(text, mode: mode, using: &generator)
    #expect(generator.remaining == 0, "unused faces for \(text)")
    return roll.lines[0].total
}

private func roll(_ text: String, mode: RollMode = .normal, _ dice: ScriptedDice, limits: DiceLimits = .standard) throws -> DiceRoll {
    var generator = dice
    let roll = try DiceRoller(limits: limits).roll(text, mode: mode, using: &generator)
    #expect(generator.remaining == 0, "unused faces for \(text)")
    return roll
}

private func rollError(_ text: String, mode: RollMode = .normal, seed: UInt64 = 1) -> DiceError? {
    var generator = SeededRandomNumberGenerator(seed: seed)
    do {
        _ = try DiceRoller().roll(text, mode: mode, using: &generator)
        return nil
    } catch {
        return error
    }
}

@Suite("Dice evaluator")
struct DiceEvaluatorTests {
    @Test(arguments: [
        ("(2+3)*4", 20), ("2+3*4", 14), ("2*3+4", 10), ("10-2-3", 5), ("7/2", 3), ("-7/2", -4),
        ("7/-2", -4), ("-7/-2", 3), ("6/3", 2), ("7%3", 1), ("-7%3", 2), ("7%-3", -2), ("-6%3", 0),
        ("-(2+3)", -5), ("--4", 4), ("2 > 1", 1), ("3 >= 4", 0), ("1 = 1", 1), ("1 != 1", 0),
        ("2 <= 2", 1), ("1 < 0", 0), ("1+1 > 1", 1), ("9223372036854775807 % -1", 0),
    ])
    func arithmeticWithoutDice(input: String, expected: Int) throws {
        #expect(try total(input) == expected)
    }

    @Test func divisionAndModuloByZeroAndOverflowAreErrorsAtTheOperator() {
        #expect(rollError("1/0")?.description == diceErrorAt(1, "division by zero"))
        #expect(rollError("5 % (2-2)")?.description == diceErrorAt(2, "modulo by zero"))
        #expect(rollError("9223372036854775807 + 1")?.description == diceErrorAt(20, "the result of '+' is too large"))
        #expect(rollError("9223372036854775807 * 2")?.description == diceErrorAt(20, "the result of '*' is too large"))
        #expect(rollError("0 - 9223372036854775807 - 2")?.description == diceErrorAt(24, "the result of '-' is too large"))
        #expect(rollError("2d6mi9223372036854775807")?.description == diceErrorAt(0, "the total is too large"))
    }

    @Test func keepAndDrop() throws {
        let dice = ScriptedDice(d: 6, 6, 5, 1, 3)
        #expect(try total("4d6kh3 + 2", dice) == 16)
        #expect(try total("4d6k3", dice) == 14)
        #expect(try total("4d6kl1", dice) == 1)
        #expect(try total("4d6kl2", dice) == 4)
        #expect(try total("4d6dh1", dice) == 9)
        #expect(try total("4d6d1", dice) == 14)
        #expect(try total("4d6p1", dice) == 14)
        #expect(try total("4d6ph2", dice) == 4)
        #expect(try total("4d6k>3", dice) == 11)
        #expect(try total("4d6k<=3", dice) == 4)
        #expect(try total("4d6p<2", dice) == 14)
        #expect(try total("4d6p=5", dice) == 10)
        #expect(try total("4d6kh3dl1", dice) == 11)
        #expect(try total("4d6kh9", dice) == 15)
        let detail = try roll("4d6kh3 + 2", dice).lines[0].detail
        #expect(detail == "4d6kh3 (**6**, 5, ~~__1__~~, 3) + 2")
    }

    @Test func keepBreaksTiesTowardTheEarlierDie() throws {
        let kept = try roll("3d6kh1", ScriptedDice(d: 6, 4, 4, 2))
        #expect(kept.lines[0].detail == "3d6kh1 (4, ~~4~~, ~~2~~)")
    }

    @Test func rerollOnceKeepsTheNewDieEvenIfItMatches() throws {
        // 1, 2, 1, 6 → the two ones are rerolled into 1 and 4.
        let result = try roll("4d6r1", ScriptedDice(d: 6, 1, 2, 1, 6, 1, 4))
        #expect(result.lines[0].total == 13)
        #expect(result.diceRolled == 6)
        #expect(result.lines[0].detail == "4d6r1 (~~__1__~~, __1__, 2, ~~__1__~~, 4, **6**)")
        // Bare `r` rerolls the lowest face; conditions select others.
        #expect(try total("2d6r", ScriptedDice(d: 6, 1, 3, 5)) == 8)
        #expect(try total("2d6r<3", ScriptedDice(d: 6, 2, 3, 6)) == 9)
        #expect(try total("2d6ro>4", ScriptedDice(d: 6, 5, 3, 1)) == 4)
    }

    @Test func rerollRepeatedlyUntilTheConditionFails() throws {
        let result = try roll("2d6rr1", ScriptedDice(d: 6, 1, 5, 1, 1, 3))
        #expect(result.lines[0].total == 8)
        #expect(result.diceRolled == 5)
        #expect(result.lines[0].detail == "2d6rr1 (~~__1__~~, ~~__1__~~, ~~__1__~~, 3, 5)")
        #expect(try total("1d20rr<3", ScriptedDice(d: 20, 2, 1, 2, 17)) == 17)
    }

    @Test func rerollAndAddTouchesOneDieOnce() throws {
        let result = try roll("3d6ra6", ScriptedDice(d: 6, 6, 6, 2, 6))
        #expect(result.lines[0].total == 20)
        #expect(result.diceRolled == 4)
        #expect(result.lines[0].detail == "3d6ra6 (**6**, **6**, **6**, 2)")
        #expect(try total("2d6ra1", ScriptedDice(d: 6, 3, 4)) == 7)
    }

    @Test func explodingDiceChainAndShowAMark() throws {
        let result = try roll("2d6!", ScriptedDice(d: 6, 6, 3, 6, 2))
        #expect(result.lines[0].total == 17)
        #expect(result.diceRolled == 4)
        #expect(result.lines[0].detail == "2d6! (**6**!, **6**!, 2, 3)")
        #expect(try total("2d6e", ScriptedDice(d: 6, 6, 3, 1)) == 10)
        #expect(try total("3d6!>4", ScriptedDice(d: 6, 5, 1, 2, 6, 4)) == 18)
        #expect(try total("1d6e5", ScriptedDice(d: 6, 5, 6)) == 11)
        // Dropped dice do not explode.
        #expect(try total("2d6kl1!", ScriptedDice(d: 6, 6, 2)) == 2)
    }

    @Test func minimumAndMaximumClampEachDie() throws {
        let dice = ScriptedDice(d: 6, 1, 2, 6)
        #expect(try total("3d6mi3", dice) == 12)
        #expect(try total("3d6ma4", dice) == 7)
        #expect(try total("3d6mi2ma5", dice) == 9)
    }

    @Test func attachedComparisonCountsSuccesses() throws {
        let result = try roll("5d10>=8", ScriptedDice(d: 10, 8, 3, 10, 9, 1))
        #expect(result.lines[0].total == 3)
        #expect(result.lines[0].detail == "5d10\\>=8 (8✓, 3, **10**✓, 9✓, __1__)")
        #expect(try total("5d10>=8 + 1", ScriptedDice(d: 10, 8, 3, 10, 9, 1)) == 4)
        #expect(try total("4d6kh3>4", ScriptedDice(d: 6, 5, 6, 1, 2)) == 2)
        // With a space it compares the total: 8 + 3 ≥ 8.
        #expect(try total("2d10 >= 8", ScriptedDice(d: 10, 8, 3)) == 1)
        #expect(try total("2d6 > 7", ScriptedDice(d: 6, 1, 2)) == 0)
        #expect(try total("3dF!=0", ScriptedDice([1, 0, -1], in: -1...1)) == 2)
    }

    @Test func fateAndPercentileDice() throws {
        let fate = try roll("4dF", ScriptedDice([-1, 0, 1, 1], in: -1...1))
        #expect(fate.lines[0].total == 1)
        #expect(fate.lines[0].detail == "4dF (__−__, 0, **+**, **+**)")
        #expect(try total("d%", ScriptedDice(d: 100, 100)) == 100)
        #expect(try total("1d%+1", ScriptedDice(d: 100, 37)) == 38)
    }

    @Test func setsKeepAndDropElementsByTotal() throws {
        let dice = ScriptedDice(d: 4, 3).then(d: 6, 2, 4)
        let result = try roll("(1d4, 2d6)kh1", dice)
        #expect(result.lines[0].total == 6)
        #expect(result.lines[0].detail == "(~~1d4 (3)~~, 2d6 (2, 4))kh1")
        #expect(try total("(1d4, 2d6)", dice) == 9)
        #expect(try total("(1d4, 2d6)dh1", dice) == 3)
        #expect(try total("(1, 5, 3)k2", ScriptedDice([], in: 1...1)) == 8)
        #expect(try total("(1, 5, 3)p<3", ScriptedDice([], in: 1...1)) == 8)
        #expect(try total("(1d20+5, 1d20+5)>=15", ScriptedDice(d: 20, 12, 9)) == 1)
        #expect(try total("(2d6)kh1", ScriptedDice(d: 6, 2, 3)) == 5)
    }

    @Test func parenthesisedCountsAreRolledFirst() throws {
        #expect(try total("(2)d6", ScriptedDice(d: 6, 3, 4)) == 7)
        let result = try roll("(1d4)d6", ScriptedDice(d: 4, 2).then(d: 6, 5, 6))
        #expect(result.lines[0].total == 11)
        #expect(result.diceRolled == 3)
        #expect(result.lines[0].detail == "(1d4 (2))d6 (5, **6**)")
        #expect(rollError("(0-1)d6")?.description == diceErrorAt(0, "the number of dice cannot be negative (it was -1)"))
        #expect(try total("0d6 + 1") == 1)
    }

    @Test func advantageDoublesPlainD20s() throws {
        let dice = ScriptedDice(d: 20, 7, 15)
        let advantage = try roll("1d20+5", mode: .advantage, dice)
        #expect(advantage.expression == "2d20kh1 + 5")
        #expect(advantage.lines[0].total == 20)
        let disadvantage = try roll("d20 + 5", mode: .disadvantage, dice)
        #expect(disadvantage.expression == "2d20kl1 + 5")
        #expect(disadvantage.lines[0].total == 12)
        #expect(try roll("1d20r1", mode: .advantage, dice).expression == "2d20r1kh1")
        let twice = try roll("1d20 + 1d20 + 1d4", mode: .advantage, ScriptedDice(d: 20, 1, 2, 3, 4).then(d: 4, 1))
        #expect(twice.expression == "2d20kh1 + 2d20kh1 + 1d4")
        #expect(twice.lines[0].total == 7)
        #expect(rollError("2d6", mode: .advantage)?.description == diceErrorAt(0, "advantage needs a d20 roll in the expression"))
        #expect(rollError("2d20", mode: .disadvantage)?.description == diceErrorAt(0, "disadvantage needs a d20 roll in the expression"))
        #expect(rollError("1d20kh1", mode: .advantage)?.message == "advantage needs a d20 roll in the expression")
    }

    @Test func labelsAndCommentsDoNotChangeTheTotal() throws {
        let result = try roll("2d6[fire] + 1d8[cold] # ray", ScriptedDice(d: 6, 3, 4).then(d: 8, 8))
        #expect(result.lines[0].total == 15)
        #expect(result.comment == "ray")
        #expect(result.expression == "2d6[fire] + 1d8[cold]")
        #expect(result.lines[0].detail == "2d6 (3, 4) \\[fire\\] + 1d8 (**8**) \\[cold\\]")
    }

    @Test func repeatsGiveOneLineEachAndShareTheDiceBudget() throws {
        var generator = SeededRandomNumberGenerator(seed: 7)
        let result = try DiceRoller().roll("6 4d6kh3 stats", using: &generator)
        #expect(result.lines.count == 6)
        #expect(result.diceRolled == 24)
        #expect(result.comment == "stats")
        #expect(result.expression == "4d6kh3")
        for line in result.lines {
            #expect((3...18).contains(line.total))
        }
        #expect(try DiceRoller().roll("20 50d6", using: &generator).diceRolled == 1000)
    }

    @Test func seededRollsAreReproducible() throws {
        var first = SeededRandomNumberGenerator(seed: 42)
        var second = SeededRandomNumberGenerator(seed: 42)
        let a = try DiceRoller().roll("10d6! + 4d6kh3 + 3dF", using: &first)
        let b = try DiceRoller().roll("10d6! + 4d6kh3 + 3dF", using: &second)
        #expect(a.lines[0].total == b.lines[0].total)
        #expect(a.lines[0].detail == b.lines[0].detail)
        // SplitMix64's published first output for seed 0.
        var zero = SeededRandomNumberGenerator(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func diceBudgetStopsRunawayRollsQuickly() {
        let tooMany = "too many dice: more than 1000 would be rolled (rerolls, explosions and repeats count)"
        // At the modifier that rolls the die too many.
        #expect(rollError("1000d6!")?.description == diceErrorAt(6, tooMany))
        #expect(rollError("1000d2rr1")?.description == diceErrorAt(6, tooMany))
        #expect(rollError("1 + 999d6r<6")?.description == diceErrorAt(9, tooMany))
        // A later repeat's 50 dice no longer fit what the explosions left.
        #expect(rollError("20 50d6!")?.description == diceErrorAt(3, tooMany))
        // At the term when its own count is too many.
        #expect(rollError("(1001)d6")?.description == diceErrorAt(0, tooMany))
        #expect(rollError("(500)d6 + (501)d6")?.description == diceErrorAt(10, tooMany))
        #expect(rollError("1d20000")?.message == "a die can have at most 10000 sides")
        var generator = SeededRandomNumberGenerator(seed: 3)
        #expect((try? DiceRoller().roll("1000d10000", using: &generator).diceRolled) == 1000)
        #expect((try? DiceRoller().roll("1d1r", using: &generator).diceRolled) == 2)
    }
}

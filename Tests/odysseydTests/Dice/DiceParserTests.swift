import Testing
@testable import odysseyd

/// The canonical text of a parsed input: what the parser understood.
private func canonical(_ text: String) throws -> String {
    var parser = DiceParser(text: text, limits: .standard)
    return try parser.parse().expression.canonical
}

private func program(_ text: String) throws -> DiceProgram {
    var parser = DiceParser(text: text, limits: .standard)
    return try parser.parse()
}

/// Where an error is and what it says in English, as `DiceError.description` puts it.
func diceErrorAt(_ position: Int, _ message: String) -> String {
    "at \(position): \(message)"
}

/// The error `validate` throws, or nil.
private func validationError(_ text: String, limits: DiceLimits = .standard) -> DiceError? {
    do {
        try DiceRoller(limits: limits).validate(text)
        return nil
    } catch {
        return error
    }
}

@Suite("Dice parser")
struct DiceParserTests {
    @Test(arguments: [
        ("1d20+5", "1d20 + 5"),
        ("d20", "1d20"),
        ("2D6", "2d6"),
        ("  2d6   -1 ", "2d6 - 1"),
        ("d%", "1d100"),
        ("4df", "4dF"),
        ("2*3/4%5", "2 * 3 / 4 % 5"),
        ("-(2+3)*4", "-(2 + 3) * 4"),
        ("+5", "5"),
        ("1--1", "1 - -1"),
        ("1d20 == 20", "1d20 = 20"),
        ("1<2", "1 < 2"),
        ("3 != 4", "3 != 4"),
        ("1<=2>=0", "1 <= 2 >= 0"),
    ])
    func arithmeticAndDiceTerms(input: String, expected: String) throws {
        #expect(try canonical(input) == expected)
    }

    @Test(arguments: [
        ("4d6KH3", "4d6kh3"),
        ("4d6k3", "4d6kh3"),
        ("4d6kl", "4d6kl1"),
        ("4d6d1", "4d6dl1"),
        ("4d6dh1", "4d6dh1"),
        ("4d6p1", "4d6dl1"),
        ("4d6ph2", "4d6dh2"),
        ("4d6k>3", "4d6k>3"),
        ("4d6k<=3", "4d6k<=3"),
        ("4d6p=1", "4d6d=1"),
        ("4d6r", "4d6r1"),
        ("4dFr", "4dFr=-1"),
        ("4d6rr", "4d6rr1"),
        ("4d6ror1", "4d6r1r1"),
        ("1d6!=3", "1d6!=3"),
        ("1d6!6=3", "1d6!6=3"),
        ("1d6e!=3", "1d6e!=3"),
        ("4d6!kh3", "4d6!kh3"),
        ("4d6r1", "4d6r1"),
        ("4d6ro<3", "4d6r<3"),
        ("4d6rr1", "4d6rr1"),
        ("4d6ra6", "4d6ra6"),
        ("10d6!", "10d6!"),
        ("10d6e", "10d6!"),
        ("10d6e6", "10d6!6"),
        ("10d6!>5", "10d6!>5"),
        ("4dFe=-1", "4dFe=-1"),
        ("4dFr=-1", "4dFr=-1"),
        ("4d6mi2ma5", "4d6mi2ma5"),
        ("4d6r1kh3!", "4d6r1kh3!"),
    ])
    func modifiers(input: String, expected: String) throws {
        #expect(try canonical(input) == expected)
    }

    @Test func comparisonTouchingDiceCountsSuccessesOtherwiseCompares() throws {
        #expect(try canonical("10d10>=8") == "10d10>=8")
        #expect(try canonical("10d10 >= 8") == "10d10 >= 8")
        #expect(try canonical("2d6>1d6") == "2d6 > 1d6")
        #expect(try canonical("1d6!=3") == "1d6!=3")
        #expect(try canonical("(1d20+5, 1d20)>=15") == "(1d20 + 5, 1d20)>=15")
        var parser = DiceParser(text: "10d10>=8", limits: .standard)
        guard case .dice(let term) = try parser.parse().expression else {
            Issue.record("expected a dice term")
            return
        }
        #expect(term.successes == DiceCondition(.atLeast, 8))
    }

    @Test func setsGroupsAndParenthesisedCounts() throws {
        #expect(try canonical("(1d4, 2d6)kh1") == "(1d4, 2d6)kh1")
        #expect(try canonical("(1d4,2d6,)d1") == "(1d4, 2d6)dl1")
        #expect(try canonical("(2d6)kh1") == "(2d6)kh1")
        #expect(try canonical("(2d6,)") == "(2d6,)")
        #expect(try canonical("(2+1)d6") == "(2 + 1)d6")
        #expect(try canonical("(2d6)") == "(2d6)")
        guard case .set = try program("(1, 2)").expression else {
            Issue.record("a comma makes a set")
            return
        }
    }

    @Test func labelsAttachToTheTermBefore() throws {
        #expect(try canonical("2d6[fire] + 1d8 [cold]") == "2d6[fire] + 1d8[cold]")
        #expect(try canonical("(1d6+2)[ piercing damage ]") == "(1d6 + 2)[piercing damage]")
    }

    @Test func commentsAfterHashOrFreeTextAfterWhitespace() throws {
        #expect(try program("1d20+5 attack the goblin").comment == "attack the goblin")
        #expect(try program("1d20+5 attack the goblin").expression.canonical == "1d20 + 5")
        #expect(try program("1d20 # to hit").comment == "to hit")
        #expect(try program("1d20#").comment == nil)
        #expect(try program("1d20 damage").comment == "damage")
        #expect(try program("2d6 + 3 Fire Bolt").comment == "Fire Bolt")
        #expect(try program("1d20").comment == nil)
    }

    @Test func leadingCountWithWhitespaceRepeats() throws {
        #expect(try program("6 4d6kh3").repeats == 6)
        #expect(try program("6 4d6kh3").expression.canonical == "4d6kh3")
        #expect(try program("3 d20").repeats == 3)
        #expect(try program("2 (1d4, 1d6)kh1").repeats == 2)
        #expect(try program("6 + 1").repeats == 1)
        #expect(try program("6 + 1").expression.canonical == "6 + 1")
        #expect(try program("6 apples").repeats == 1)
        #expect(try program("6 apples").comment == "apples")
        #expect(try program("6 dogs").repeats == 1)
        #expect(try program("20 1d6").repeats == 20)
    }

    @Test(arguments: [
        ("", 0, "expected a number, '(' or a dice roll"),
        ("   ", 3, "expected a number, '(' or a dice roll"),
        ("2d", 2, "expected a number of sides after 'd'"),
        ("2dx", 2, "expected a number of sides after 'd'"),
        ("1d20 +", 6, "expected a number, '(' or a dice roll"),
        ("1d20 + * 2", 7, "expected a number, '(' or a dice roll"),
        ("(1d20 + 5", 9, "unclosed '(' opened at 0"),
        ("2 * (3 + (4", 11, "unclosed '(' opened at 9"),
        ("(1 2)", 3, "expected ')' to close the '(' at 0, found '2'"),
        ("1d20)", 4, "unmatched ')'"),
        ("1, 2", 1, "a ',' belongs inside a set: (1d20, 1d20)kh1"),
        ("4d6x", 3, "unknown modifier 'x' after a dice roll"),
        ("4d6kh3q", 6, "unknown modifier 'q' after a dice roll"),
        ("(1d4, 1d6)r1", 10, "unknown modifier 'r' after a set (sets take k, d and p)"),
        ("(1d4, 1d6)!", 10, "unknown modifier '!' after a set (sets take k, d and p)"),
        ("4d6kh0", 5, "keep count must be at least 1"),
        ("4d6k0", 4, "keep count must be at least 1"),
        ("4d6d0", 4, "drop count must be at least 1"),
        ("(1, 2)k0", 7, "keep count must be at least 1"),
        ("4d6k", 4, "expected a count or a comparison after 'k'"),
        ("4d6p", 4, "expected a count or a comparison after 'p'"),
        ("4d6mi", 5, "expected a number after 'mi'"),
        ("4d6r<", 5, "expected a number after 'r<'"),
        ("4d6k>=x", 6, "expected a number after 'k>='"),
        ("4d6!!", 3, "compounding explosions ('!!') are not supported; use '!'"),
        ("4d6!e", 4, "a dice roll can explode only once"),
        ("1d0", 2, "a die needs at least 1 side"),
        ("1d10001", 2, "a die can have at most 10000 sides"),
        ("1001d6", 0, "too many dice: at most 1000 per roll"),
        ("1d1!", 3, "'!' here would explode on every face of a d1 and never stop"),
        ("1d6!>0", 3, "'!' here would explode on every face of a d6 and never stop"),
        ("1dFe>-2", 3, "'e' here would explode on every face of a dF and never stop"),
        ("2d2rr<3", 3, "'rr' here would reroll every face of a d2 forever"),
        ("1d1rr", 3, "'rr' here would reroll every face of a d1 forever"),
        ("1d20[fire", 9, "unclosed '[' opened at 4"),
        ("1d20[ ]", 4, "expected a label inside '[ ]'"),
        ("99999999999999999999", 0, "the number is too large"),
        ("1d20+5attack", 6, "unexpected 'a': a comment needs a space or '#' before it"),
        ("4d6 kh3", 4, "a modifier must touch its dice, without a space: 4d6kh3"),
        ("1d20 r<3 pass", 5, "a modifier must touch its dice, without a space: 4d6kh3"),
        ("1d20 $", 5, "expected an operator, a comment or the end, found '$'"),
        ("0 1d6", 0, "the repeat count must be at least 1"),
        ("21 1d6", 0, "at most 20 repeats"),
        ("600d6 + 600d6", 8, "too many dice: this roll needs at least 1200, at most 1000 are allowed"),
        ("3 400d6", 2, "too many dice: this roll needs at least 1200, at most 1000 are allowed"),
    ])
    func errorsNameThePositionAndWhatWasExpected(input: String, position: Int, message: String) {
        #expect(validationError(input)?.description == diceErrorAt(position, message))
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let parentheses = String(repeating: "(", count: 33) + "1" + String(repeating: ")", count: 33)
        #expect(validationError(parentheses)?.description == diceErrorAt(32, "nested more than 32 levels deep"))
        let signs = String(repeating: "-", count: 40) + "1"
        #expect(validationError(signs)?.description == diceErrorAt(32, "nested more than 32 levels deep"))
        let allowed = String(repeating: "(", count: 32) + "1" + String(repeating: ")", count: 32)
        #expect(validationError(allowed) == nil)
        // Long flat chains are not nesting.
        #expect(validationError(Array(repeating: "1", count: 240).joined(separator: "+")) == nil)
    }

    @Test func inputLongerThanTheLimitIsRefused() {
        let long = "1d20 # " + String(repeating: "x", count: 494)
        #expect(long.count == 501)
        #expect(validationError(long)?.description == diceErrorAt(500, "the expression is too long: at most 500 characters"))
        #expect(validationError(String(long.dropLast())) == nil)
    }

    @Test func limitsComeFromDiceLimits() {
        var limits = DiceLimits.standard
        limits.maximumSides = 20
        limits.maximumRepeats = 2
        limits.maximumDice = 10
        #expect(validationError("1d100", limits: limits)?.message == "a die can have at most 20 sides")
        #expect(validationError("3 1d6", limits: limits)?.message == "at most 2 repeats")
        #expect(validationError("11d6", limits: limits)?.message == "too many dice: at most 10 per roll")
    }

    @Test func errorDescriptionAndCaretDiagram() {
        let error = DiceError(position: 2, MessageKeys.Dice.Errors.expectedSides)
        #expect(error.description == "at 2: expected a number of sides after 'd'")
        #expect(error.caretDiagram(for: "2d") == "2d\n  ^")
        #expect(DiceError(position: 0, MessageKeys.Dice.Errors.expectedNumber).caretDiagram(for: "a`b") == "aˋb\n^")
        let long = String(repeating: "1+", count: 100) + "x"
        let diagram = DiceError(position: 200, MessageKeys.Dice.Errors.expectedNumber).caretDiagram(for: long)
        let lines = diagram.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2)
        #expect(lines[0].count <= 62)
        #expect(lines[0].hasPrefix("…"))
        let caretColumn = lines[1].count - 1
        #expect(Array(lines[0])[caretColumn] == "x")
    }
}

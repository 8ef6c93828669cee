import Testing
@testable import odysseyd

/// Random and mutated expressions: every input must either roll within the dice budget or throw
/// a ``DiceError`` pointing inside the input. Deterministic seeds, so a failure reproduces.
@Suite("Dice fuzzing")
struct DiceFuzzTests {
    static let alphabet = [
        "1", "2", "3", "6", "20", "100", "1000", "10000", "0", "d", "D", "d20", "4d6", "d%", "dF", "F",
        "(", ")", "(", ")", ",", "+", "-", "*", "/", "%", "k", "h", "l", "kh1", "dl1", "p", "r", "rr",
        "ra", "ro", "!", "e", "mi", "ma", "<", ">", "=", ">=", "<=", "!=", "==", "[x]", "[", "]", "#c",
        " ", " ", "  ", "a", "x", "@", "`", "999999999999999999999", "1d1", "2d2", "é", "\n",
    ]

    static let valid = [
        "1d20+5", "4d6kh3", "10d6!", "8d6rr1 + 4d10r<3", "3d6ra6", "(1d20+5, 1d20+5)kh1", "1000d10000",
        "6 4d6kh3 stats", "10d10>=8", "2d6[fire] + 1d8[cold] # ray", "-(2+3)*4 % 7", "4dF + 1", "d%",
        "(1d4)d6mi2ma5", "1d20 + 5 attack the goblin", "3d6!>4dl1", "(1, 2, 3)p<2", "20 50d6",
        "1000d2rr1", "999d6!", "2d20kh1 >= 15",
    ]

    @Test func randomAndMutatedExpressionsRollOrFailCleanly() {
        var random = SeededRandomNumberGenerator(seed: 0xD1CE)
        var dice = SeededRandomNumberGenerator(seed: 0xFACE)
        let roller = DiceRoller()
        var rolled = 0
        var failed = 0
        for iteration in 0..<22_000 {
            let input = iteration % 2 == 0
                ? Self.randomExpression(using: &random)
                : Self.mutate(Self.valid[Int.random(in: 0..<Self.valid.count, using: &random)], using: &random)
            let mode = RollMode.allCases[iteration % 3]
            do {
                let roll = try roller.roll(input, mode: mode, using: &dice)
                rolled += 1
                #expect(roll.diceRolled <= 1000, "\(input)")
                #expect(!roll.lines.isEmpty && roll.lines.count <= 20, "\(input)")
                if iteration % 16 == 0 {
                    #expect(DiceRollFormatter.text(for: roll, in: iteration % 32 == 0 ? .ru : .en).utf16.count <= 1900, "\(input)")
                }
            } catch {
                failed += 1
                #expect((0...input.count).contains(error.position), "\(input): \(error)")
                #expect(!error.message.isEmpty)
                if iteration % 16 == 3 {
                    let russian = error.message(in: .ru)
                    #expect(!russian.isEmpty && !russian.contains("{") && russian != error.message, "\(input): \(russian)")
                }
                if iteration % 16 == 1 {
                    #expect(error.caretDiagram(for: input).split(separator: "\n", omittingEmptySubsequences: false).count == 2)
                }
            }
            // validate agrees with roll on syntax: what validate accepts never fails to parse.
            if iteration % 8 == 0, (try? roller.validate(input)) != nil {
                var parser = DiceParser(text: input, limits: .standard)
                #expect((try? parser.parse()) != nil, "\(input)")
            }
        }
        // Both paths were exercised in earnest.
        #expect(rolled > 1000)
        #expect(failed > 1000)
    }

    @Test func canonicalTextParsesBackToItself() {
        var random = SeededRandomNumberGenerator(seed: 99)
        for iteration in 0..<4000 {
            let input = iteration < Self.valid.count ? Self.valid[iteration] : Self.randomExpression(using: &random)
            var parser = DiceParser(text: input, limits: .standard)
            guard let program = try? parser.parse() else { continue }
            let canonical = program.expression.canonical
            var again = DiceParser(text: canonical, limits: .standard)
            let reparsed = try? again.parse().expression.canonical
            #expect(reparsed == canonical, "\(input) → \(canonical)")
        }
    }

    static func randomExpression(using generator: inout SeededRandomNumberGenerator) -> String {
        let length = Int.random(in: 1...14, using: &generator)
        return (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
    }

    /// Deletes, inserts, duplicates or swaps characters, one to three times.
    static func mutate(_ text: String, using generator: inout SeededRandomNumberGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard !characters.isEmpty else { break }
            let index = Int.random(in: 0..<characters.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                characters.remove(at: index)
            case 1:
                let token = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                characters.insert(contentsOf: Array(token), at: index)
            case 2:
                let end = min(characters.count, index + Int.random(in: 1...4, using: &generator))
                characters.insert(contentsOf: characters[index..<end], at: index)
            default:
                let other = Int.random(in: 0..<characters.count, using: &generator)
                characters.swapAt(index, other)
            }
        }
        return String(characters)
    }
}

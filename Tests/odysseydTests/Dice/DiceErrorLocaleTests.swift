import Testing
@testable import odysseyd

/// The dice engine's errors in the guild's language: every message the engine can throw has its
/// catalog key, gets every placeholder it names, and counts agree with their nouns in Russian.
@Suite("Dice errors in every language")
struct DiceErrorLocaleTests {
    /// One input per error the engine throws (`expectedNumber` is a defensive check no input reaches).
    static let failing: [(input: String, mode: RollMode, key: String)] = [
        ("1d20 # " + String(repeating: "x", count: 494), .normal, MessageKeys.Dice.Errors.tooLong),
        ("0 1d6", .normal, MessageKeys.Dice.Errors.repeatsAtLeastOne),
        ("21 1d6", .normal, MessageKeys.Dice.Errors.tooManyRepeats),
        ("4d6 kh3", .normal, MessageKeys.Dice.Errors.detachedModifier),
        ("1d20)", .normal, MessageKeys.Dice.Errors.unmatchedParenthesis),
        ("1, 2", .normal, MessageKeys.Dice.Errors.commaOutsideSet),
        ("1d20+5attack", .normal, MessageKeys.Dice.Errors.commentWithoutSpace),
        ("1d20 $", .normal, MessageKeys.Dice.Errors.expectedEnd),
        ("1d20[fire", .normal, MessageKeys.Dice.Errors.unclosedBracket),
        ("1d20[ ]", .normal, MessageKeys.Dice.Errors.emptyLabel),
        ("1d20 +", .normal, MessageKeys.Dice.Errors.expectedOperand),
        ("1001d6", .normal, MessageKeys.Dice.Errors.tooManyDiceInTerm),
        ("(1d20 + 5", .normal, MessageKeys.Dice.Errors.unclosedParenthesis),
        ("(1 2)", .normal, MessageKeys.Dice.Errors.expectedClosingParenthesis),
        ("2d", .normal, MessageKeys.Dice.Errors.expectedSides),
        ("1d0", .normal, MessageKeys.Dice.Errors.noSides),
        ("1d10001", .normal, MessageKeys.Dice.Errors.tooManySides),
        ("99999999999999999999", .normal, MessageKeys.Dice.Errors.numberTooLarge),
        ("4d6mi", .normal, MessageKeys.Dice.Errors.expectedNumberAfter),
        (String(repeating: "(", count: 33) + "1" + String(repeating: ")", count: 33), .normal, MessageKeys.Dice.Errors.tooDeep),
        ("(1d4, 1d6)r1", .normal, MessageKeys.Dice.Errors.unknownSetModifier),
        ("4d6x", .normal, MessageKeys.Dice.Errors.unknownDiceModifier),
        ("4d6kh0", .normal, MessageKeys.Dice.Errors.keepAtLeastOne),
        ("4d6d0", .normal, MessageKeys.Dice.Errors.dropAtLeastOne),
        ("4d6k", .normal, MessageKeys.Dice.Errors.expectedSelector),
        ("4d6!!", .normal, MessageKeys.Dice.Errors.compoundingExplosion),
        ("4d6!e", .normal, MessageKeys.Dice.Errors.explodeOnce),
        ("1d6!>0", .normal, MessageKeys.Dice.Errors.endlessExplosion),
        ("2d2rr<3", .normal, MessageKeys.Dice.Errors.endlessReroll),
        ("(0-1)d6", .normal, MessageKeys.Dice.Errors.negativeDiceCount),
        ("1000d6!", .normal, MessageKeys.Dice.Errors.tooManyDiceRolled),
        ("2d6mi9223372036854775807", .normal, MessageKeys.Dice.Errors.totalTooLarge),
        ("2d6", .advantage, MessageKeys.Dice.Errors.advantageNeedsD20),
        ("2d6", .disadvantage, MessageKeys.Dice.Errors.disadvantageNeedsD20),
        ("600d6 + 600d6", .normal, MessageKeys.Dice.Errors.tooManyDiceNeeded),
        ("9223372036854775807 + 1", .normal, MessageKeys.Dice.Errors.resultTooLarge),
        ("1/0", .normal, MessageKeys.Dice.Errors.divisionByZero),
        ("5 % (2-2)", .normal, MessageKeys.Dice.Errors.moduloByZero),
    ]

    static func error(_ input: String, mode: RollMode = .normal) -> DiceError? {
        var generator = SeededRandomNumberGenerator(seed: 1)
        do {
            _ = try DiceRoller().roll(input, mode: mode, using: &generator)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyErrorHasItsKeyAndRendersCompletelyInEveryLanguage() throws {
        var thrown: Set<String> = []
        for (input, mode, key) in Self.failing {
            let error = try #require(Self.error(input, mode: mode), "\(input) should fail")
            #expect(error.key == key, "\(input)")
            thrown.insert(error.key)
            for language in Language.allCases {
                let message = error.message(in: language)
                #expect(!message.isEmpty && !message.contains("{") && !message.contains("}"), "\(input) in \(language): \(message)")
            }
            #expect(error.message(in: .ru) != error.message(in: .en), "\(input) is not translated")
        }
        #expect(Set(MessageKeys.Dice.Errors.all).subtracting(thrown) == [MessageKeys.Dice.Errors.expectedNumber])
    }

    @Test func limitsAreCountedWithTheirNounInRussian() throws {
        var limits = DiceLimits.standard
        limits.maximumRepeats = 2
        limits.maximumSides = 21
        let roller = DiceRoller(limits: limits)
        func error(_ input: String) -> DiceError? {
            do { try roller.validate(input); return nil } catch { return error }
        }
        let repeats = try #require(error("3 1d6"))
        #expect(repeats.message(in: .ru) == Localizer.text(MessageKeys.Dice.Errors.tooManyRepeats,
                                                           ["repeats": Localizer.plural(MessageKeys.Dice.Limit.repeats, 2, in: .ru)], in: .ru))
        #expect(repeats.message == "at most 2 repeats")
        let sides = try #require(error("1d22"))
        #expect(sides.message(in: .ru) == Localizer.text(MessageKeys.Dice.Errors.tooManySides,
                                                         ["sides": Localizer.plural(MessageKeys.Dice.Limit.sides, 21, in: .ru)], in: .ru))
        // 21 takes the "one" form in Russian, unlike 25: the count was not just pasted before a noun.
        #expect(Localizer.plural(MessageKeys.Dice.Limit.sides, 21, in: .ru)
                != Localizer.plural(MessageKeys.Dice.Limit.sides, 25, in: .ru).replacingOccurrences(of: "25", with: "21"))
        #expect(sides.message == "a die can have at most 21 sides")
    }

    @Test func theReplyShowsTheErrorInItsLanguageWithTheCaretAndExamples() throws {
        let error = try #require(Self.error("2d6+"))
        for language in Language.allCases {
            guard case .message(let payload, let ephemeral) = RollReply.unreadable("2d6+", error, in: language) else {
                Issue.record("not a message")
                continue
            }
            #expect(ephemeral)
            #expect(payload.content == Localizer.text(MessageKeys.Dice.Roll.unreadable, ["error": error.message(in: language)], in: language)
                    + "\n```\n2d6+\n    ^\n```\n" + Localizer.text(MessageKeys.Dice.Roll.examples, in: language))
        }
    }

    @Test func everyExampleInEveryLanguageRolls() throws {
        for language in Language.allCases {
            let examples = Localizer.text(MessageKeys.Dice.Roll.examples, in: language).split(separator: "`").enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            #expect(examples.count == 5, "\(language)")
            for example in examples {
                #expect(Self.error(example) == nil, "\(example) in \(language)")
            }
        }
    }
}

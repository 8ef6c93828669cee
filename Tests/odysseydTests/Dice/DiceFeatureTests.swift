import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/roll` and `/character` through the sandbox: injected as a member types them, answered by
/// the real router and responder, stored in a real PostgreSQL. The demo guild has no language
/// set, so replies are Russian (the default) unless a test switches it.
@Suite("Dice feature: rolls, saved rolls and characters")
struct DiceFeatureTests {
    typealias Demo = SandboxWorld.Demo

    /// A dice catalog text in Russian, the default language.
    private func ru(_ key: String, _ values: [String: String] = [:]) -> String {
        Localizer.text(key, values, in: .ru)
    }

    @Test func aRollIsPublicShowsTheDiceAndMatchesTheSeededRoller() async throws {
        try await DiceFeatureTestbed.with(seed: 11) { bed in
            let outcome = try await bed.run("/roll dice expression:4d6kh3+2")
            var generator = DiceRandomness.seeded(11)
            let expected = try DiceRoller().roll("4d6kh3+2", using: &generator)
            #expect(!outcome.ephemeral)
            let content = try #require(outcome.response?.content)
            #expect(content.hasPrefix(ru(MessageKeys.Dice.Roll.header, ["name": "**Cleo the Bold**"]) + "\n"), "\(content)")
            #expect(content.contains("**\(expected.lines[0].total)**"), "\(content)")
            #expect(content.contains("~~"), "the dropped die is struck through: \(content)")
        }
    }

    @Test func privateAndAdvantageOptions() async throws {
        try await DiceFeatureTestbed.with { bed in
            let outcome = try await bed.run("/roll dice expression:1d20+5 mode:advantage private:yes")
            #expect(outcome.ephemeral)
            #expect(outcome.response?.content.contains("2d20kh1") == true, "\(outcome.response?.content ?? "")")
        }
    }

    @Test func aMalformedExpressionIsExplainedPrivatelyWithWhereItWentWrong() async throws {
        try await DiceFeatureTestbed.with { bed in
            let outcome = try await bed.run("/roll dice expression:2d6+")
            #expect(outcome.ephemeral)
            let content = try #require(outcome.response?.content)
            let error = DiceError(position: 4, MessageKeys.Dice.Errors.expectedOperand)
            #expect(content.hasPrefix(ru(MessageKeys.Dice.Roll.unreadable, ["error": error.message(in: .ru)]) + "\n"), "\(content)")
            #expect(content.hasSuffix(ru(MessageKeys.Dice.Roll.examples)), "\(content)")
            #expect(content.contains("```\n2d6+\n    ^"), "the caret points past the '+': \(content)")
            let tooMany = try await bed.answer("/roll dice expression:1001d6")
            #expect(tooMany.contains("1000"), "\(tooMany)")
        }
    }

    @Test func savedRollsAreSavedUsedListedCompletedAndDeletedPerMember() async throws {
        try await DiceFeatureTestbed.with { bed in
            #expect(try await bed.answer("/roll save name:Attack expression:\"1d20+5 longsword\"")
                    == ru(MessageKeys.Dice.Saved.created, ["name": "Attack", "expression": DiscordMarkdown.code("1d20+5 longsword")]))
            #expect(try await bed.answer("/roll save name:damage expression:2d6+3")
                    == ru(MessageKeys.Dice.Saved.created, ["name": "damage", "expression": DiscordMarkdown.code("2d6+3")]))
            #expect(try await bed.answer("/roll save name:attack expression:1d20+6")
                    == ru(MessageKeys.Dice.Saved.replaced, ["name": "attack", "expression": DiscordMarkdown.code("1d20+6")]), "names ignore case")
            let refused = try await bed.answer("/roll save name:broken expression:2d")
            let error = DiceError(position: 2, MessageKeys.Dice.Errors.expectedSides)
            #expect(refused.hasPrefix(ru(MessageKeys.Dice.Roll.unreadable, ["error": error.message(in: .ru)])), "\(refused)")

            let used = try await bed.run("/roll use name:ATTACK")
            let header = ru(MessageKeys.Dice.Roll.headerSaved, ["name": "**Cleo the Bold**", "saved": "attack"])
            #expect(used.response?.content.hasPrefix(header + "\n") == true, "\(used)")
            #expect(used.response?.content.contains("1d20 + 6") == true || used.response?.content.contains("1d20+6") == true)

            let list = try await bed.run("/roll list")
            #expect(list.ephemeral)
            let description = list.response?.embeds.first?["description"]?.stringValue ?? ""
            #expect(description.contains("**attack**") && description.contains("**damage**") && !description.contains("broken"), "\(description)")
            #expect(list.response?.embeds.first?["title"]?.stringValue
                    == ru(MessageKeys.Dice.Saved.listTitle, ["count": "2", "maximum": String(SavedRollStore.maximumPerUser)]))
            #expect(try await bed.answer("/roll list", as: Demo.benUserID) == ru(MessageKeys.Dice.Saved.listEmpty), "saved rolls are per member")

            #expect(try await bed.autocomplete("/roll use", option: "name", typed: "dam") == ["damage — 2d6+3"])
            #expect(try await bed.answer("/roll delete name:damage") == ru(MessageKeys.Dice.Saved.deleted, ["name": "damage"]))
            #expect(try await bed.answer("/roll delete name:damage") == ru(MessageKeys.Dice.Saved.deleteNotFound, ["name": "damage"]))
            #expect(try await bed.answer("/roll use name:damage") == ru(MessageKeys.Dice.Saved.notFound, ["name": "damage"]))
        }
    }

    @Test func savedRollsStopAtTheLimit() async throws {
        try await DiceFeatureTestbed.with { bed in
            let store = SavedRollStore(database: bed.pool)
            for index in 0..<SavedRollStore.maximumPerUser {
                let outcome = try await store.save(SavedRoll(name: "r\(index)", expression: "d\(index + 2)"), user: 5, at: Date())
                #expect(outcome == .created)
            }
            let overLimit = try await store.save(SavedRoll(name: "one more", expression: "d6"), user: 5, at: Date())
            #expect(overLimit == .limitReached)
            let replaced = try await store.save(SavedRoll(name: "R0", expression: "d8"), user: 5, at: Date())
            #expect(replaced == .replaced, "replacing is not adding")
            let saved = try await store.list(user: 5)
            #expect(saved.count == SavedRollStore.maximumPerUser)

            for index in 0..<SavedRollStore.maximumPerUser {
                _ = try await store.save(SavedRoll(name: "r\(index)", expression: "d6"), user: Snowflake(Demo.cleoUserID), at: Date())
            }
            let rolls = Localizer.plural(MessageKeys.Dice.Saved.count, SavedRollStore.maximumPerUser, in: .ru)
            #expect(try await bed.answer("/roll save name:extra expression:d6") == ru(MessageKeys.Dice.Saved.limitReached, ["rolls": rolls]))
        }
    }

    @Test func charactersAddListSelectAndRemove() async throws {
        try await DiceFeatureTestbed.with { bed in
            #expect(try await bed.answer("/character add name:Elara initiative:3 notes:Half-elf_ranger")
                    == ru(MessageKeys.Dice.Characters.addedActive, ["name": "Elara", "modifier": "+3"]))
            let brom = try await bed.answer("/character add name:Brom initiative:-1")
            #expect(brom == ru(MessageKeys.Dice.Characters.added, ["name": "Brom", "modifier": "-1"]))
            #expect(brom.contains("`/character select`"))
            #expect(try await bed.answer("/character add name:elara") == ru(MessageKeys.Dice.Characters.duplicate, ["name": "elara"]))
            let store = CharacterStore(pool: bed.pool)
            #expect(try await store.active(user: Snowflake(Demo.cleoUserID))?.name == "Elara")

            #expect(try await bed.answer("/character select name:brom") == ru(MessageKeys.Dice.Characters.selected, ["name": "Brom", "modifier": "-1"]))
            #expect(try await store.active(user: Snowflake(Demo.cleoUserID))?.name == "Brom")
            let list = try await bed.run("/character list")
            let embed = list.response?.embeds.first
            let fields = embed?["fields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(fields == ["★ Brom", "Elara"])
            #expect(embed?["title"]?.stringValue == ru(MessageKeys.Dice.Characters.listTitle))
            #expect(embed?["description"]?.stringValue == ru(MessageKeys.Dice.Characters.listLegend))
            let values = embed?["fields"]?.arrayValue?.compactMap { $0["value"]?.stringValue } ?? []
            #expect(values == [ru(MessageKeys.Dice.Characters.summary, ["modifier": "-1"]),
                               ru(MessageKeys.Dice.Characters.summary, ["modifier": "+3"]) + "\nHalf-elf\\_ranger"], "\(values)")
            #expect(try await bed.autocomplete("/character select", option: "name", typed: "EL") == ["Elara (+3)"])

            #expect(try await bed.answer("/character remove name:Brom") == ru(MessageKeys.Dice.Characters.removedActive, ["name": "Brom"]))
            #expect(try await store.list(user: Snowflake(Demo.cleoUserID)).map(\.name) == ["Elara"])
            #expect(try await bed.answer("/character remove name:Elara") == ru(MessageKeys.Dice.Characters.removed, ["name": "Elara"]))
            #expect(try await bed.answer("/character remove name:Nobody") == ru(MessageKeys.Dice.Characters.unknown, ["name": "Nobody"]))
            #expect(try await bed.answer("/character list") == ru(MessageKeys.Dice.Characters.listEmpty))
        }
    }

    @Test func aGuildSwitchedToEnglishGetsEnglish() async throws {
        try await DiceFeatureTestbed.with(seed: 11) { bed in
            try await bed.sandbox.setLanguage(.en)
            let content = try await bed.answer("/roll dice expression:4d6kh3+2")
            #expect(content.hasPrefix("🎲 **Cleo the Bold** rolls\n`4d6kh3 + 2`"), "\(content)")
            #expect(try await bed.answer("/roll dice expression:2d6+").hasPrefix("I couldn't read that roll: expected a number, '(' or a dice roll.\n```\n2d6+\n    ^"))
            #expect(try await bed.answer("/roll dice expression:1d20+1 mode:advantage private:yes").contains("2d20kh1 + 1"))
            #expect(try await bed.answer("/roll dice expression:\"21 1d6\"")
                    .hasPrefix("I couldn't read that roll: at most 20 repeats.\n"))
            #expect(try await bed.answer("/roll save name:Attack expression:1d20+5") == "Saved “Attack”: `1d20+5`. Roll it with `/roll use`.")
            #expect(try await bed.answer("/roll use name:attack").hasPrefix("🎲 **Cleo the Bold** rolls *Attack*\n"))
            #expect(try await bed.answer("/roll list", as: Demo.benUserID)
                    == "You have no saved rolls yet. Save one with `/roll save name:attack expression:1d20+5`.")
            #expect(try await bed.answer("/character add name:Elara initiative:3") == "Added **Elara** (initiative +3). You play them now.")
            #expect(try await bed.answer("/character select name:Nobody")
                    == "You have no character called **Nobody**. `/character list` shows yours.")
            let list = try await bed.run("/character list")
            #expect(list.response?.embeds.first?["title"]?.stringValue == "Your characters")
            #expect(list.response?.embeds.first?["fields"]?.arrayValue?.first?["value"]?.stringValue == "Initiative +3")
        }
    }

    @Test func concurrentFirstCharactersLeaveExactlyOneActive() async throws {
        try await DiceFeatureTestbed.with { bed in
            let store = CharacterStore(pool: bed.pool)
            try await withThrowingTaskGroup(of: CharacterStore.AddOutcome.self) { group in
                for index in 0..<8 {
                    group.addTask { try await store.add(name: "Hero \(index)", initiativeModifier: index, notes: "", user: 77, at: Date()) }
                }
                for try await outcome in group {
                    guard case .added = outcome else { Issue.record("\(outcome)"); continue }
                }
            }
            #expect(try await store.list(user: 77).filter(\.active).count == 1)
        }
    }
}

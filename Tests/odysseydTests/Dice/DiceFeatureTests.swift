import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/roll` and `/character` through the sandbox: injected as a member types them, answered by
/// the real router and responder, stored in a real PostgreSQL.
@Suite("Dice feature: rolls, saved rolls and characters")
struct DiceFeatureTests {
    typealias Demo = SandboxWorld.Demo

    @Test func aRollIsPublicShowsTheDiceAndMatchesTheSeededRoller() async throws {
        try await DiceFeatureTestbed.with(seed: 11) { bed in
            let outcome = try await bed.run("/roll dice expression:4d6kh3+2")
            var generator = DiceRandomness.seeded(11)
            let expected = try DiceRoller().roll("4d6kh3+2", using: &generator)
            #expect(!outcome.ephemeral)
            let content = try #require(outcome.response?.content)
            #expect(content.hasPrefix("🎲 **Cleo the Bold** rolls"), "\(content)")
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
            #expect(content.hasPrefix("I couldn't read that roll:"), "\(content)")
            #expect(content.contains("```\n2d6+\n    ^"), "the caret points past the '+': \(content)")
            let tooMany = try await bed.answer("/roll dice expression:1001d6")
            #expect(tooMany.contains("1000"), "\(tooMany)")
        }
    }

    @Test func savedRollsAreSavedUsedListedCompletedAndDeletedPerMember() async throws {
        try await DiceFeatureTestbed.with { bed in
            #expect(try await bed.answer("/roll save name:Attack expression:\"1d20+5 longsword\"").hasPrefix("Saved “Attack”"))
            #expect(try await bed.answer("/roll save name:damage expression:2d6+3").hasPrefix("Saved “damage”"))
            #expect(try await bed.answer("/roll save name:attack expression:1d20+6").hasPrefix("Updated “attack”"), "names ignore case")
            let refused = try await bed.answer("/roll save name:broken expression:2d")
            #expect(refused.hasPrefix("I couldn't read that roll"), "\(refused)")

            let used = try await bed.run("/roll use name:ATTACK")
            #expect(used.response?.content.hasPrefix("🎲 **Cleo the Bold** rolls *attack*") == true, "\(used)")
            #expect(used.response?.content.contains("1d20 + 6") == true || used.response?.content.contains("1d20+6") == true)

            let list = try await bed.run("/roll list")
            #expect(list.ephemeral)
            let description = list.response?.embeds.first?["description"]?.stringValue ?? ""
            #expect(description.contains("**attack**") && description.contains("**damage**") && !description.contains("broken"), "\(description)")
            #expect(try await bed.answer("/roll list", as: Demo.benUserID).hasPrefix("You have no saved rolls"), "saved rolls are per member")

            #expect(try await bed.autocomplete("/roll use", option: "name", typed: "dam") == ["damage — 2d6+3"])
            #expect(try await bed.answer("/roll delete name:damage") == "Deleted “damage”.")
            #expect(try await bed.answer("/roll use name:damage").hasPrefix("You have no saved roll called “damage”"))
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
        }
    }

    @Test func charactersAddListSelectAndRemove() async throws {
        try await DiceFeatureTestbed.with { bed in
            #expect(try await bed.answer("/character add name:Elara initiative:3 notes:Half-elf_ranger").contains("You play them now"))
            #expect(try await bed.answer("/character add name:Brom initiative:-1").contains("`/character select`"))
            #expect(try await bed.answer("/character add name:elara").contains("already have a character called"))
            let store = CharacterStore(pool: bed.pool)
            #expect(try await store.active(user: Snowflake(Demo.cleoUserID))?.name == "Elara")

            #expect(try await bed.answer("/character select name:brom").contains("You now play **Brom** (initiative -1)"))
            #expect(try await store.active(user: Snowflake(Demo.cleoUserID))?.name == "Brom")
            let list = try await bed.run("/character list")
            let fields = list.response?.embeds.first?["fields"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(fields == ["★ Brom", "Elara"])
            #expect(try await bed.autocomplete("/character select", option: "name", typed: "EL") == ["Elara (+3)"])

            #expect(try await bed.answer("/character remove name:Brom").contains("no active character now"))
            #expect(try await store.list(user: Snowflake(Demo.cleoUserID)).map(\.name) == ["Elara"])
            #expect(try await bed.answer("/character remove name:Nobody").contains("no character called **Nobody**"))
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

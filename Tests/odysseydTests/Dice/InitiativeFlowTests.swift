import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/init` end to end: commands and buttons through the sandbox, the tracker in PostgreSQL, and
/// the tracker message kept by the refresh job's editor.
@Suite("Initiative tracker")
struct InitiativeFlowTests {
    typealias Demo = SandboxWorld.Demo
    static let channel = Snowflake(Demo.generalChannelID)

    @Test func aCombatFromFirstJoinToTheThirdRound() async throws {
        try await DiceFeatureTestbed.with { bed in
            _ = try await bed.answer("/character add name:Elara initiative:3")
            let joined = try await bed.run("/init join")
            #expect(!joined.ephemeral)
            #expect(joined.response?.content.hasPrefix("⚔️ **Elara** joins the initiative:") == true, "\(joined)")
            #expect(try await bed.refreshWaiting() == 1)

            // Ben is neither the game master (Cleo started it) nor holds Manage Messages.
            let refused = try await bed.run("/init add name:Goblin initiative:1d20+2", as: Demo.benUserID)
            #expect(refused.ephemeral && refused.response?.content.contains("Only the game master") == true, "\(refused)")
            #expect(try await bed.answer("/init add name:Goblin initiative:14 modifier:2").contains("**Goblin** joins"))
            #expect(try await bed.answer("/init join initiative:9", as: Demo.benUserID).contains("**Ben** joins"))
            #expect(try await bed.answer("/init add name:goblin initiative:3").contains("already in the order"))
            #expect(try await bed.refreshWaiting() == 1, "changes collapse into one waiting refresh")

            let tracker = try #require(try await bed.initiative.tracker(channel: Self.channel))
            #expect(tracker.gameMasterID == Snowflake(Demo.cleoUserID))
            #expect(tracker.entries.count == 3)
            #expect(tracker.entries.first { $0.name == "Elara" }?.modifier == 3)
            #expect(tracker.entries.map(\.initiative) == tracker.entries.map(\.initiative).sorted(by: >))

            // The refresh posts the tracker message with its buttons.
            try await bed.editor.refresh(channel: Self.channel)
            let messageID = try #require(try await bed.initiative.tracker(channel: Self.channel)?.messageID)
            let posted = try await bed.harness.world.message(channel: Demo.generalChannelID, id: messageID.rawValue)
            #expect(posted["embeds"]?.arrayValue?.first?["title"] == .string("Initiative — not started"))
            let buttons = posted["components"]?.arrayValue?.first?["components"]?.arrayValue?.compactMap { $0["custom_id"]?.stringValue }
            #expect(buttons == ["init-next:\(Self.channel)", "init-join:\(Self.channel)"])

            // Start combat with the button: the message updates in place.
            let started = try await bed.click("init-next:\(Self.channel)", on: messageID.description)
            #expect(started.callbackName == "UPDATE_MESSAGE", "\(started)")
            #expect(started.response?.embeds.first?["title"] == .string("Initiative — round 1"))
            let first = try #require(try await bed.initiative.tracker(channel: Self.channel)?.current)

            // Only the game master, a moderator or whoever's turn it is may end it.
            let others = [Demo.benUserID, Demo.cleoUserID].filter { Snowflake($0) != first.userID && $0 != Demo.cleoUserID }
            for user in others {
                let early = try await bed.run("/init next", as: user)
                #expect(early.ephemeral && early.response?.content.contains("Only the game master") == true, "\(early)")
            }
            for _ in 0..<3 { _ = try await bed.run("/init next") }
            let later = try #require(try await bed.initiative.tracker(channel: Self.channel))
            #expect(later.round == 2 && later.current?.id == first.id, "three turns later the first combatant acts again, in round 2")

            // Combat survives the message being deleted: the next refresh posts a new one.
            try await bed.harness.world.deleteMessage(channel: Demo.generalChannelID, id: messageID.rawValue)
            try await bed.editor.refresh(channel: Self.channel)
            let replacement = try #require(try await bed.initiative.tracker(channel: Self.channel)?.messageID)
            #expect(replacement != messageID)
            let reposted = try await bed.harness.world.message(channel: Demo.generalChannelID, id: replacement.rawValue)
            #expect(reposted["embeds"]?.arrayValue?.first?["title"] == .string("Initiative — round 2"))
        }
    }

    @Test func joinByButtonRemoveAndReset() async throws {
        try await DiceFeatureTestbed.with { bed in
            _ = try await bed.answer("/init add name:Ogre initiative:12")
            try await bed.editor.refresh(channel: Self.channel)
            let messageID = try #require(try await bed.initiative.tracker(channel: Self.channel)?.messageID)
            let joined = try await bed.click("init-join:\(Self.channel)", on: messageID.description, as: Demo.benUserID)
            #expect(joined.callbackName == "UPDATE_MESSAGE")
            #expect(joined.response?.embeds.first?["description"]?.stringValue?.contains("Ben") == true, "\(joined)")
            let again = try await bed.click("init-join:\(Self.channel)", on: messageID.description, as: Demo.benUserID)
            #expect(again.ephemeral && again.response?.content.contains("already in the order") == true, "\(again)")

            #expect(try await bed.autocomplete("/init remove", option: "name", typed: "og", as: Demo.benUserID).first?.hasPrefix("Ogre (") == true)
            let notHis = try await bed.run("/init remove name:Ogre", as: Demo.benUserID)
            #expect(notHis.response?.content.contains("Only the game master") == true, "\(notHis)")
            #expect(try await bed.answer("/init remove name:Ben", as: Demo.benUserID).hasPrefix("Removed **Ben**"))

            let resetRefused = try await bed.run("/init reset", as: Demo.benUserID)
            #expect(resetRefused.ephemeral)
            // Ada owns the server: Discord computes every permission for her, Manage Messages included.
            #expect(try await bed.answer("/init reset", as: Demo.adaUserID).hasPrefix("🧹 Initiative cleared"))
            let cleared = try #require(try await bed.initiative.tracker(channel: Self.channel))
            #expect(cleared.entries.isEmpty && cleared.round == 0 && cleared.messageID == messageID)
        }
    }

    @Test func concurrentNextsEachPassOneTurn() async throws {
        try await DiceFeatureTestbed.with { bed in
            let guild = Snowflake(Demo.guildID), gm = Snowflake(Demo.cleoUserID)
            for (index, name) in ["A", "B", "C", "D", "E"].enumerated() {
                let entry = InitiativeStore.NewEntry(name: name, expression: "\(20 - index)", initiative: 20 - index, modifier: 0, tiebreak: 1)
                guard case .joined = try await bed.initiative.join(entry, channel: Self.channel, guild: guild, by: gm, moderator: false, at: Date()) else {
                    Issue.record("join \(name)"); return
                }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<7 {
                    group.addTask { _ = try await bed.initiative.advance(channel: Self.channel, by: gm, moderator: false, at: Date()) }
                }
                try await group.waitForAll()
            }
            let tracker = try #require(try await bed.initiative.tracker(channel: Self.channel))
            #expect(tracker.round == 2 && tracker.current?.name == "B", "seven turns from the start: round 1 A–E, round 2 A, B")
        }
    }

    @Test func initiativeIsGuildOnly() async throws {
        let feature = InitiativeCommands.definition
        #expect(feature.options?.map(\.name) == ["join", "add", "list", "next", "remove", "reset"])
        var router = InteractionRouter()
        // Routing never touches the database: a pool that could not connect is enough.
        let pool = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent dbname=none"), size: 1, logger: .test)
        DiceFeature(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers())).register(on: &router)
        await pool.close()
        let dm = try JSONDecoder().decode(Interaction.self, from: Data("""
            {"id":"1191168914231525999","application_id":"1","type":2,"token":"t","version":1,"channel_id":"5",
             "user":{"id":"9","username":"someone"},"data":{"id":"3","name":"init","type":1,"options":[{"name":"list","type":1}]}}
            """.utf8))
        guard case .refuse(let reply, _) = router.decide(dm) else { Issue.record("a DM reached the handler"); return }
        #expect(reply == .ephemeral(Localizer.text(MessageKeys.Interaction.guildOnly, in: .ru)))  // the router's refusal, default language
    }
}

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

    /// A catalog text in the default language (the sandbox guild has no locale set).
    static func ru(_ key: String, _ values: [String: String] = [:]) -> String {
        Localizer.text(key, values, in: .ru)
    }

    /// The join announcement up to the roll, which depends on the dice: "⚔️ **Elara** joins the initiative: ".
    static func joinedPrefix(_ name: String, in language: Language = .ru) -> String {
        Localizer.text(MessageKeys.Initiative.joined, ["name": name], in: language).components(separatedBy: "{detail}")[0]
    }

    /// The tracker message's title and button labels.
    static func rendered(_ message: JSONValue?) -> (title: String?, buttons: [String]?) {
        let buttons = message?["components"]?.arrayValue?.first?["components"]?.arrayValue?.compactMap { $0["label"]?.stringValue }
        return (message?["embeds"]?.arrayValue?.first?["title"]?.stringValue, buttons)
    }

    @Test func aCombatFromFirstJoinToTheThirdRound() async throws {
        try await DiceFeatureTestbed.with { bed in
            _ = try await bed.answer("/character add name:Elara initiative:3")
            let joined = try await bed.run("/init join")
            #expect(!joined.ephemeral)
            #expect(joined.response?.content.hasPrefix(Self.joinedPrefix("Elara")) == true, "\(joined)")
            #expect(try await bed.refreshWaiting() == 1)

            // Ben is neither the game master (Cleo started it) nor holds Manage Messages.
            let refused = try await bed.run("/init add name:Goblin initiative:1d20+2", as: Demo.benUserID)
            #expect(refused.ephemeral, "\(refused)")
            #expect(refused.response?.content == Self.ru(MessageKeys.Initiative.addNotAllowed, ["game_master": String(Demo.cleoUserID)]))
            #expect(try await bed.answer("/init add name:Goblin initiative:14 modifier:2").hasPrefix(Self.joinedPrefix("Goblin")))
            #expect(try await bed.answer("/init join initiative:9", as: Demo.benUserID).hasPrefix(Self.joinedPrefix("Ben")))
            #expect(try await bed.answer("/init add name:goblin initiative:3")
                == Self.ru(MessageKeys.Initiative.addDuplicate, ["existing": "Goblin", "name": "goblin"]))
            let twice = Self.ru(MessageKeys.Initiative.rollNotOne, ["rolls": Localizer.plural(MessageKeys.Initiative.rolls, 3, in: .ru)])
            #expect(try await bed.answer("/init add name:Trio initiative:\"3 1d20\"") == twice, "a repeated roll is not one initiative")
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
            #expect(Self.rendered(posted).title == Self.ru(MessageKeys.Initiative.titleNotStarted))
            #expect(Self.rendered(posted).buttons == [Self.ru(MessageKeys.Initiative.buttonStart), Self.ru(MessageKeys.Initiative.buttonJoin)])
            let buttons = posted["components"]?.arrayValue?.first?["components"]?.arrayValue?.compactMap { $0["custom_id"]?.stringValue }
            #expect(buttons == ["init-next:\(Self.channel)", "init-join:\(Self.channel)"])

            // Start combat with the button: the message updates in place.
            let started = try await bed.click("init-next:\(Self.channel)", on: messageID.description)
            #expect(started.callbackName == "UPDATE_MESSAGE", "\(started)")
            #expect(started.response?.embeds.first?["title"] == .string(Self.ru(MessageKeys.Initiative.titleRound, ["round": "1"])))
            let first = try #require(try await bed.initiative.tracker(channel: Self.channel)?.current)

            // Only the game master, a moderator or whoever's turn it is may end it.
            let others = [Demo.benUserID, Demo.cleoUserID].filter { Snowflake($0) != first.userID && $0 != Demo.cleoUserID }
            for user in others {
                let early = try await bed.run("/init next", as: user)
                #expect(early.ephemeral && early.response?.content.hasPrefix(Self.ru(MessageKeys.Initiative.nextNotAllowed)) == true, "\(early)")
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
            #expect(Self.rendered(reposted).title == Self.ru(MessageKeys.Initiative.titleRound, ["round": "2"]))
            #expect(Self.rendered(reposted).buttons == [Self.ru(MessageKeys.Initiative.buttonNext), Self.ru(MessageKeys.Initiative.buttonJoin)])
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
            let ben = try #require(try await bed.initiative.tracker(channel: Self.channel)?.entries.first { $0.name == "Ben" })
            #expect(again.ephemeral, "\(again)")
            #expect(again.response?.content == Self.ru(MessageKeys.Initiative.joinDuplicate, ["name": "Ben", "initiative": String(ben.initiative)]))

            #expect(try await bed.autocomplete("/init remove", option: "name", typed: "og", as: Demo.benUserID).first?.hasPrefix("Ogre (") == true)
            let notHis = try await bed.run("/init remove name:Ogre", as: Demo.benUserID)
            #expect(notHis.response?.content == Self.ru(MessageKeys.Initiative.removeNotAllowed, ["name": "Ogre"]), "\(notHis)")
            #expect(try await bed.answer("/init remove name:Ben", as: Demo.benUserID) == Self.ru(MessageKeys.Initiative.removeDone, ["name": "Ben"]))

            let resetRefused = try await bed.run("/init reset", as: Demo.benUserID)
            #expect(resetRefused.ephemeral)
            #expect(resetRefused.response?.content == Self.ru(MessageKeys.Initiative.resetNotAllowed, ["game_master": String(Demo.cleoUserID)]))
            // Ada owns the server: Discord computes every permission for her, Manage Messages included.
            #expect(try await bed.answer("/init reset", as: Demo.adaUserID) == Self.ru(MessageKeys.Initiative.resetDone))
            let cleared = try #require(try await bed.initiative.tracker(channel: Self.channel))
            #expect(cleared.entries.isEmpty && cleared.round == 0 && cleared.messageID == messageID)
        }
    }

    /// A guild switched to English gets every reply, the buttons and the job's tracker message in English.
    @Test func anEnglishGuildPlaysInEnglish() async throws {
        try await DiceFeatureTestbed.with { bed in
            try await bed.sandbox.setLanguage(.en)
            func en(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: .en) }
            #expect(try await bed.answer("/init list") == en(MessageKeys.Initiative.noTracker))
            let joined = try await bed.answer("/init join initiative:15")
            #expect(joined.hasPrefix("⚔️ **Cleo the Bold** joins the initiative: "), "\(joined)")
            #expect(joined.hasSuffix("= **15** (1 of 1)."), "\(joined)")
            let refused = try await bed.run("/init reset", as: Demo.benUserID)
            #expect(refused.response?.content == "Only the game master (<@\(Demo.cleoUserID)>) or a moderator can reset the order.")

            try await bed.editor.refresh(channel: Self.channel)
            let messageID = try #require(try await bed.initiative.tracker(channel: Self.channel)?.messageID)
            let posted = try await bed.harness.world.message(channel: Demo.generalChannelID, id: messageID.rawValue)
            #expect(Self.rendered(posted).title == "Initiative — not started")
            #expect(Self.rendered(posted).buttons == ["Start combat", "Join"])
            #expect(posted["embeds"]?.arrayValue?.first?["description"]?.stringValue?.contains(en(MessageKeys.Initiative.messageStartHint, ["button": "Start combat"])) == true)

            let started = try await bed.click("init-next:\(Self.channel)", on: messageID.description)
            #expect(started.response?.embeds.first?["title"] == .string("Initiative — round 1"), "\(started)")
            #expect(try await bed.answer("/init next") == en(MessageKeys.Initiative.nextTurn, ["round": "2", "name": "Cleo the Bold",
                                                                                                "mention": " <@\(Demo.cleoUserID)>"]))
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

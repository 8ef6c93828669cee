import Foundation
import Shared
import Testing
@testable import odysseyd

/// The guild's language decides every text: replies, the queue message and the announcements,
/// which are rendered when their job runs, not when the change was made.
@Suite("Stage queue language")
struct StageQueueLanguageTests {
    typealias Demo = SandboxWorld.Demo
    static let guild = StageQueueTestbed.guild

    @Test func aGuildSwitchedToEnglishSeesEnglish() async throws {
        try await StageQueueTestbed.with { bed in
            try await bed.sandbox.setLanguage(.en)
            try await bed.configure(language: .en)
            #expect(try await bed.answer("/sign-up join") == "✅ You're in the queue: #1 of 1.")
            #expect(try await bed.answer("/sign-up join", as: Demo.adaUserID) == "✅ You're in the queue: #2 of 2.")
            #expect(try await bed.answer("/sign-up list", as: Demo.benUserID) == "You're not in the queue.")
            #expect(try await bed.answer("/sign-up pause") == "Only hosts can do this: you need the Mute Members permission.")

            let asked = try await bed.run("/sign-up clear", as: Demo.benUserID)
            #expect(asked.response?.content == "Clear the queue? 2 waiting members will be removed.", "\(asked)")
            #expect(asked.response?.components.first?["components"]?.arrayValue?.first?["label"] == .string("Clear the queue"))
            #expect(try await bed.answer("/sign-up next", as: Demo.benUserID)
                    == "🎤 <@\(Demo.cleoUserID)> is up and now a speaker in <#\(Demo.stageChannelID)>. 1 waiting.")

            try await bed.runRefresh()
            let queue = try await bed.queue()
            let message = try await bed.harness.world.message(channel: Demo.signUpChannelID, id: try #require(queue.messageID).rawValue)
            let embed = message["embeds"]?.arrayValue?.first
            #expect(embed?["title"] == .string("Stage sign-up queue"))
            #expect(embed?["description"] == .string("🎤 On stage: <@\(Demo.cleoUserID)>\n\n`1.` <@\(Demo.adaUserID)>"))
            #expect(embed?["footer"]?["text"] == .string("1 waiting"))
            let labels = message["components"]?.arrayValue?.first?["components"]?.arrayValue?.compactMap { $0["label"]?.stringValue }
            #expect(labels == ["Join", "Leave"])

            let announced = try await bed.runAnnouncements().map(\.payload.content)
            #expect(announced == ["📝 <@\(Demo.cleoUserID)> signed up for the stage (#1 in the queue).",
                                  "📝 <@\(Demo.adaUserID)> signed up for the stage (#2 in the queue).",
                                  "🎤 <@\(Demo.cleoUserID)>, you're up! 1 waiting."])
        }
    }

    @Test func jobsRenderInTheLanguageOfTheGuildWhenTheyRun() async throws {
        try await StageQueueTestbed.with { bed in
            // Changes made while the guild is Russian (the default)…
            try await bed.configure()
            #expect(try await bed.answer("/sign-up join") == StageQueueTestbed.text(MessageKeys.StageQueue.joined, ["position": "1", "count": "1"]))
            try await bed.runRefresh()
            let messageID = try #require(try await bed.queue().messageID)
            func title() async throws -> JSONValue? {
                try await bed.harness.world.message(channel: Demo.signUpChannelID, id: messageID.rawValue)["embeds"]?.arrayValue?.first?["title"]
            }
            #expect(try await title() == .string(StageQueueTestbed.text(MessageKeys.StageQueue.messageTitle)))
            _ = try await bed.answer("/sign-up join", as: Demo.adaUserID)

            // …whose jobs run after the switch to English, are posted in English.
            try await bed.sandbox.setLanguage(.en)
            let announced = try await bed.runAnnouncements().map(\.payload.content)
            #expect(announced == ["📝 <@\(Demo.cleoUserID)> signed up for the stage (#1 in the queue).",
                                  "📝 <@\(Demo.adaUserID)> signed up for the stage (#2 in the queue)."])
            try await bed.runRefresh()
            #expect(try await title() == .string("Stage sign-up queue"))

            // And back: the next refresh follows.
            try await bed.sandbox.setLanguage(.ru)
            _ = try await bed.store.leave(guild: Self.guild, user: Snowflake(Demo.adaUserID), by: Snowflake(Demo.adaUserID), at: Date())
            try await bed.runRefresh()
            #expect(try await title() == .string(StageQueueTestbed.text(MessageKeys.StageQueue.messageTitle)))
        }
    }
}

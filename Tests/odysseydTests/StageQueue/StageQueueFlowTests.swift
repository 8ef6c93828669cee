import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/sign-up` end to end: commands and buttons through the sandbox, the queue in PostgreSQL,
/// stage promotion against the sandbox's voice states, and the jobs' messages. Answers are
/// compared with the catalog in the guild's language: Russian unless a test switches it.
@Suite("Stage queue flow")
struct StageQueueFlowTests {
    typealias Demo = SandboxWorld.Demo
    typealias Keys = MessageKeys.StageQueue
    static let guild = StageQueueTestbed.guild
    static let cleo = String(Demo.cleoUserID), ada = String(Demo.adaUserID), ben = String(Demo.benUserID)
    static let stage = String(Demo.stageChannelID)
    /// Mute Members, as Discord's Russian client names it.
    static let hostPermission = ["permission": DiscordPermissions.muteMembers.names(in: .ru).joined()]

    static func text(_ key: String, _ values: [String: String] = [:], in language: Language = .ru) -> String {
        StageQueueTestbed.text(key, values, in: language)
    }

    static func waiting(_ count: Int, in language: Language = .ru) -> String {
        StageQueueTestbed.waiting(count, in: language)
    }

    @Test func joinListLeaveAndTheQueueMessage() async throws {
        try await StageQueueTestbed.with { bed in
            try await bed.configure()
            let joined = try await bed.run("/sign-up join")
            #expect(joined.ephemeral && joined.response?.content == Self.text(Keys.joined, ["position": "1", "count": "1"]), "\(joined)")
            #expect(joined.response?.embeds.first?["description"]?.stringValue?.contains("`1.` <@\(Demo.cleoUserID)>") == true)
            let again = try await bed.answer("/sign-up join")
            #expect(again == Self.text(Keys.alreadyQueued, ["position": "1", "count": "1"]))
            #expect(try await bed.answer("/sign-up join", as: Demo.adaUserID) == Self.text(Keys.joined, ["position": "2", "count": "2"]))
            #expect(try await bed.answer("/sign-up list", as: Demo.adaUserID) == Self.text(Keys.listPosition, ["position": "2", "count": "2"]))
            #expect(try await bed.answer("/sign-up list", as: Demo.benUserID) == Self.text(Keys.listNotQueued))

            // Joins are announced by name, without a ping.
            let announced = try await bed.runAnnouncements()
            #expect(announced.map(\.announcement.channelId) == [Snowflake(Demo.announcementsChannelID), Snowflake(Demo.announcementsChannelID)])
            #expect(announced.allSatisfy { $0.announcement.mentionUserId == nil && $0.payload.allowedMentions == .nobody })
            #expect(announced.map(\.payload.content) == [Self.text(Keys.announceJoined, ["member": Self.cleo, "position": "1"]),
                                                         Self.text(Keys.announceJoined, ["member": Self.ada, "position": "2"])])

            // The refresh posts the queue message in #sign-up with buttons that carry the guild.
            #expect(try await bed.waiting(StageQueueStore.refreshJob.name).count == 1)
            try await bed.runRefresh()
            let queue = try await bed.queue()
            let messageID = try #require(queue.messageID)
            #expect(queue.messageChannelID == Snowflake(Demo.signUpChannelID))
            let posted = try await bed.harness.world.message(channel: Demo.signUpChannelID, id: messageID.rawValue)
            #expect(posted["embeds"]?.arrayValue?.first?["title"] == .string(Self.text(Keys.messageTitle)))
            let buttons = posted["components"]?.arrayValue?.first?["components"]?.arrayValue
            #expect(buttons?.compactMap { $0["custom_id"]?.stringValue } == ["stage-join:\(Self.guild)", "stage-leave:\(Self.guild)"])
            #expect(buttons?.compactMap { $0["label"]?.stringValue } == [Self.text(Keys.joinButton), Self.text(Keys.leaveButton)])

            // The buttons answer privately; the message itself follows through the refresh.
            let byButton = try await bed.click("stage-join:\(Self.guild)", on: messageID.description, as: Demo.benUserID)
            #expect(byButton.ephemeral && byButton.response?.content == Self.text(Keys.joined, ["position": "3", "count": "3"]), "\(byButton)")
            let left = try await bed.click("stage-leave:\(Self.guild)", on: messageID.description, as: Demo.cleoUserID)
            #expect(left.ephemeral && left.response?.content == Self.text(Keys.leftQueue, ["waiting": Self.waiting(2)]), "\(left)")
            #expect(try await bed.answer("/sign-up leave") == Self.text(Keys.leaveNotQueued))
            let dense = try await bed.queue()
            #expect(dense.entries.map(\.userID) == [Snowflake(Demo.adaUserID), Snowflake(Demo.benUserID)])
            #expect(dense.entries.map(\.position) == [1, 2])

            try await bed.runRefresh()
            let edited = try await bed.harness.world.message(channel: Demo.signUpChannelID, id: messageID.rawValue)
            let description = edited["embeds"]?.arrayValue?.first?["description"]?.stringValue ?? ""
            #expect(description.contains("`1.` <@\(Demo.adaUserID)>") && description.contains("`2.` <@\(Demo.benUserID)>"), "\(description)")
            #expect(!description.contains("\(Demo.cleoUserID)"))

            // A deleted queue message is posted again.
            try await bed.harness.world.deleteMessage(channel: Demo.signUpChannelID, id: messageID.rawValue)
            _ = try await bed.answer("/sign-up join")
            try await bed.runRefresh()
            #expect(try await bed.queue().messageID != messageID)

            #expect(try await bed.eventKinds() == ["configured", "joined", "joined", "joined", "left", "joined"])

            // A new sign-up channel gets its own message with the next refresh.
            _ = try await bed.answer("/sign-up setup sign_up_channel:#general", as: Demo.benUserID)
            try await bed.runRefresh()
            let moved = try await bed.queue()
            #expect(moved.messageChannelID == Snowflake(Demo.generalChannelID))
            let inGeneral = try await bed.harness.world.message(channel: Demo.generalChannelID, id: try #require(moved.messageID).rawValue)
            #expect(inGeneral["embeds"]?.arrayValue?.first?["footer"]?["text"] == .string(Localizer.plural(Keys.waiting, 3, in: .ru)))
        }
    }

    @Test func nextPromotesAPerformerOnStageAndCallsOneWhoIsNot() async throws {
        try await StageQueueTestbed.with { bed in
            try await bed.configure()
            _ = try await bed.answer("/sign-up join")                      // Cleo: in the stage audience, hand raised
            _ = try await bed.answer("/sign-up join", as: Demo.benUserID)  // Ben: in no voice channel
            _ = try await bed.runAnnouncements()

            let first = try await bed.run("/sign-up next", as: Demo.benUserID)
            #expect(first.ephemeral)
            #expect(first.response?.content == Self.text(Keys.nextPromoted, ["member": Self.cleo, "stage": Self.stage, "waiting": Self.waiting(1)]),
                    "\(first)")
            #expect(await bed.voiceState(Demo.cleoUserID)?.suppress == false, "Cleo speaks")
            let call = try await bed.runAnnouncements()
            #expect(call.count == 1 && call.first?.payload.content == Self.text(Keys.announceCalled, ["member": Self.cleo, "waiting": Self.waiting(1)]))
            #expect(call.first?.payload.allowedMentions == AllowedMentions(users: [Snowflake(Demo.cleoUserID)]), "only the performer is pinged")
            #expect(try await bed.queue().currentUserID == Snowflake(Demo.cleoUserID))

            // Ben is not on the stage: he is still called, and the reply says why he is no speaker.
            let second = try await bed.answer("/sign-up next", as: Demo.benUserID)
            #expect(second == Self.text(Keys.nextNotPromoted, ["member": Self.ben, "waiting": Self.waiting(0),
                                                                "reason": Self.text(Keys.promotionNotConnected, ["stage": Self.stage])]))
            #expect(await bed.voiceState(Demo.cleoUserID)?.suppress == true, "the previous performer is back in the audience")
            let afterBen = try await bed.queue()
            #expect(afterBen.currentUserID == Snowflake(Demo.benUserID) && afterBen.entries.isEmpty)

            // In the wrong voice channel: called, not promoted, with that reason.
            await bed.harness.world.connect(Demo.adaUserID, to: Demo.voiceChannelID, guild: Demo.guildID)
            _ = try await bed.answer("/sign-up join", as: Demo.adaUserID)
            let third = try await bed.answer("/sign-up next", as: Demo.benUserID)
            #expect(third == Self.text(Keys.nextNotPromoted, ["member": Self.ada, "waiting": Self.waiting(0),
                                                               "reason": Self.text(Keys.promotionWrongChannel, ["stage": Self.stage])]))

            // An empty queue: the performer leaves the stage, nobody is called.
            #expect(try await bed.answer("/sign-up next", as: Demo.benUserID) == Self.text(Keys.nextFinished, ["member": Self.ada]))
            #expect(try await bed.answer("/sign-up next", as: Demo.benUserID) == Self.text(Keys.nextNothing))

            // The event log keeps the reason in English, whatever the guild's language.
            let promotions = try await bed.pool.query("""
                SELECT kind, member_id, detail->>'reason' AS reason FROM stage_queue_events
                WHERE kind IN ('promoted', 'promotion_failed') ORDER BY id
                """).rows.map { (try $0.decode(String.self, column: "kind"), try $0.decode(Snowflake.self, column: "member_id"),
                                 try $0.decode(String?.self, column: "reason")) }
            #expect(promotions.map(\.0) == ["promoted", "promotion_failed", "promotion_failed"])
            #expect(promotions.map(\.1) == [Snowflake(Demo.cleoUserID), Snowflake(Demo.benUserID), Snowflake(Demo.adaUserID)])
            #expect(promotions[1].2 == "they are not connected to <#\(Demo.stageChannelID)>")
            let voice = await bed.harness.world.requests.filter { $0.template == "/guilds/{guild.id}/voice-states/{user.id}" }
            #expect(voice.count == 6, "promote Cleo; demote Cleo, promote Ben; demote Ben, promote Ada; demote Ada (nobody left to promote)")
        }
    }

    @Test func withoutStageIntegrationNobodyIsPromoted() async throws {
        try await StageQueueTestbed.with { bed in
            try await bed.configure(stageIntegration: false)
            _ = try await bed.answer("/sign-up join")
            #expect(try await bed.answer("/sign-up next", as: Demo.adaUserID) == Self.text(Keys.nextCalled, ["member": Self.cleo, "waiting": Self.waiting(0)]))
            #expect(await bed.voiceState(Demo.cleoUserID)?.suppress == true)
            #expect(await bed.harness.world.requests.filter { $0.template.contains("voice-states") }.isEmpty)
        }
    }

    @Test func hostsRemoveMovePauseAndClear() async throws {
        try await StageQueueTestbed.with { bed in
            for user in [Demo.cleoUserID, Demo.adaUserID, Demo.benUserID] { _ = try await bed.answer("/sign-up join", as: user) }
            #expect(try await bed.answer("/sign-up move member:ben position:1", as: Demo.benUserID)
                    == Self.text(Keys.moved, ["member": Self.ben, "from": "3", "to": "1"]))
            #expect(try await bed.queue().entries.map(\.userID) == [Demo.benUserID, Demo.cleoUserID, Demo.adaUserID].map { Snowflake($0) })
            #expect(try await bed.answer("/sign-up move member:ben position:99", as: Demo.benUserID)
                    == Self.text(Keys.moved, ["member": Self.ben, "from": "1", "to": "3"]))
            #expect(try await bed.answer("/sign-up move member:ben position:3", as: Demo.benUserID)
                    == Self.text(Keys.moveStays, ["member": Self.ben, "position": "3"]))
            #expect(try await bed.answer("/sign-up remove member:cleo", as: Demo.benUserID) == Self.text(Keys.removedFromQueue, ["member": Self.cleo]))
            let after = try await bed.queue()
            #expect(after.entries.map(\.userID) == [Demo.adaUserID, Demo.benUserID].map { Snowflake($0) })
            #expect(after.entries.map(\.position) == [1, 2])
            #expect(try await bed.answer("/sign-up remove member:cleo", as: Demo.benUserID) == Self.text(Keys.memberNotQueued, ["member": Self.cleo]))

            // Paused: joining is refused with the reason; the queue message's Join button is disabled.
            #expect(try await bed.answer("/sign-up pause", as: Demo.benUserID) == Self.text(Keys.paused))
            #expect(try await bed.answer("/sign-up pause", as: Demo.benUserID) == Self.text(Keys.alreadyPaused))
            #expect(try await bed.answer("/sign-up join") == Self.text(Keys.joinPaused))
            #expect(StageQueueMessage.buttons(for: try await bed.queue(), in: .ru).components.first == .button(
                Button(style: .primary, label: Self.text(Keys.joinButton), customID: "stage-join:\(Self.guild)", disabled: true)))
            #expect(try await bed.answer("/sign-up resume", as: Demo.benUserID) == Self.text(Keys.resumed))
            #expect(try await bed.answer("/sign-up resume", as: Demo.benUserID) == Self.text(Keys.notPaused))
            #expect(try await bed.answer("/sign-up join") == Self.text(Keys.joined, ["position": "3", "count": "3"]))

            // Clearing asks first; the confirmation is checked again when clicked.
            let asked = try await bed.run("/sign-up clear", as: Demo.benUserID)
            #expect(asked.ephemeral && asked.response?.content == Localizer.plural(Keys.clearConfirm, 3, in: .ru), "\(asked)")
            let confirm = asked.response?.components.first?["components"]?.arrayValue?.first
            #expect(confirm?["label"]?.stringValue == Self.text(Keys.clearButton))
            let confirmID = try #require(asked.response?.id)
            let confirmed = try await bed.click("stage-clear:\(Self.guild)", on: confirmID, as: Demo.benUserID)
            #expect(confirmed.ephemeral && confirmed.response?.content == Localizer.plural(Keys.cleared, 3, in: .ru), "\(confirmed)")
            #expect(try await bed.queue().entries.isEmpty)
            let twice = try await bed.click("stage-clear:\(Self.guild)", on: confirmID, as: Demo.benUserID)
            #expect(twice.response?.content == Self.text(Keys.clearNothing), "\(twice)")
            #expect(try await bed.eventKinds() == ["joined", "joined", "joined", "moved", "moved", "removed", "paused", "resumed", "joined",
                                                   "cleared"])
        }
    }

    @Test func refusalsNameTheReason() async throws {
        try await StageQueueTestbed.with { bed in
            // Cleo holds neither Mute Members nor a host role.
            for line in ["/sign-up next", "/sign-up pause", "/sign-up clear", "/sign-up remove member:ben", "/sign-up move member:ben position:1"] {
                let refused = try await bed.run(line)
                #expect(refused.ephemeral && refused.response?.content == Self.text(Keys.hostsOnly, Self.hostPermission), "\(line): \(refused)")
            }
            let setup = try await bed.run("/sign-up setup stage_integration:true")
            let manageServer = ["permissions": DiscordPermissions.manageGuild.names(in: .ru).joined()]
            #expect(setup.ephemeral && setup.response?.content == Localizer.text(MessageKeys.Interaction.missingPermission, manageServer, in: .ru),
                    "\(setup)")

            // A host role lets Cleo run the queue; a sign-up role keeps Ben and Ada out.
            let saved = try await bed.answer("/sign-up setup host_role:Member sign_up_role:Moderator", as: Demo.adaUserID)
            #expect(saved.contains(Self.text(Keys.setupHostRole, Self.hostPermission.merging(["value": "<@&\(Demo.memberRoleID)>"]) { $1 })), "\(saved)")
            #expect(try await bed.answer("/sign-up join") == Self.text(Keys.roleRequired, ["role": String(Demo.moderatorRoleID)]))
            #expect(try await bed.answer("/sign-up join", as: Demo.benUserID) == Self.text(Keys.joined, ["position": "1", "count": "1"]))
            #expect(try await bed.answer("/sign-up next") == Self.text(Keys.nextCalled, ["member": Self.ben, "waiting": Self.waiting(0)]))
            // Without the host role Cleo is no host again, and a clear confirmation she gets hold of does nothing.
            _ = try await bed.answer("/sign-up setup unset:host_role", as: Demo.adaUserID)
            #expect(try await bed.answer("/sign-up next") == Self.text(Keys.hostsOnly, Self.hostPermission))
            _ = try await bed.answer("/sign-up join", as: Demo.benUserID)
            let asked = try await bed.run("/sign-up clear", as: Demo.benUserID)
            let refused = try await bed.click("stage-clear:\(Self.guild)", on: try #require(asked.response?.id), as: Demo.cleoUserID)
            #expect(refused.response?.content == Self.text(Keys.hostsOnly, Self.hostPermission), "\(refused)")
            #expect(try await bed.queue().entries.count == 1)

            // A host role she lacks is named in the refusal.
            _ = try await bed.answer("/sign-up setup host_role:Moderator", as: Demo.adaUserID)
            #expect(try await bed.answer("/sign-up next")
                    == Self.text(Keys.hostsOnlyOrRole, Self.hostPermission.merging(["role": String(Demo.moderatorRoleID)]) { $1 }))
        }
    }
}

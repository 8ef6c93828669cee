import Foundation
import Testing
@testable import odysseyd

/// The gateway side: dispatches through the event router to the hooks, and commands used.
@Suite(.serialized) struct MileageGatewayHookTests {
    typealias Bed = MileageTestbed

    @Test func dispatchesReachTheHooksThroughTheRouter() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let awards = AwardLog()
            let router = DiscordEventRouter(cache: GuildCache(), onMessage: { await awards.add(await bed.hooks.messageCreated($0)) },
                                            onReaction: { await awards.add(await bed.hooks.reactionAdded($0)) },
                                            onVoiceState: { for award in await bed.hooks.voiceStateChanged($0) { await awards.add(award) } },
                                            logger: .test) { _ in }
            let message = bed.message(at: Bed.start)
            await router.handle(GatewayDispatch(event: "MESSAGE_CREATE", data: try JSONEncoder().encode(message), sequence: 1, shard: 0))
            let reaction = """
                {"user_id": "\(Bed.ben)", "channel_id": "\(message.channelID)", "message_id": "\(message.id)", "guild_id": "\(Bed.guild)",
                 "message_author_id": "\(Bed.cleo)", "emoji": {"id": null, "name": "🔥"}, "burst": false, "type": 0,
                 "member": {"user": {"id": "\(Bed.ben)", "username": "ben"}, "roles": [], "joined_at": "2024-01-01T00:00:00Z", "deaf": false, "mute": false}}
                """
            await router.handle(GatewayDispatch(event: "MESSAGE_REACTION_ADD", data: Data(reaction.utf8), sequence: 2, shard: 0))
            // Delivered again after a resume: recorded as a duplicate, not counted.
            await router.handle(GatewayDispatch(event: "MESSAGE_REACTION_ADD", data: Data(reaction.utf8), sequence: 3, shard: 0))
            #expect(router.decodeFailures == 0)
            #expect(await awards.all.map(\.points) == [1, 1, 0])
            #expect(await awards.all.last == .duplicate)
            #expect(try await bed.count("SELECT count(*) FROM mileage_events WHERE source_id = $1",
                                        ["\(message.id):🔥:\(Bed.ben)"]) == 1)
        }
    }

    @Test func commandsEarnOncePerInteraction() async throws {
        try await Bed.with { (bed: Bed) async throws in
            var interaction = Interaction(id: Bed.snowflake(at: Bed.start), type: .applicationCommand, token: "t")
            interaction.guildID = Bed.guild
            interaction.member = GuildMember(user: User(id: Bed.cleo, username: "cleo"))
            #expect(await bed.hooks.commandUsed(interaction)?.points == 1)
            #expect(await bed.hooks.commandUsed(interaction) == .duplicate)
            var button = interaction
            button.id = Bed.snowflake(at: Bed.start.addingTimeInterval(600))
            button.type = .messageComponent
            #expect(await bed.hooks.commandUsed(button) == nil)
            // The inbox path the daemon uses: handled in order.
            var later = interaction
            later.id = Bed.snowflake(at: Bed.start.addingTimeInterval(600))
            await bed.hooks.handle(.command(later))
            #expect(try await bed.total() == 2)
        }
    }
}

/// Awards in the order the hooks returned them.
actor AwardLog {
    private(set) var all: [MileageAward] = []
    func add(_ award: MileageAward?) { if let award { all.append(award) } }
}

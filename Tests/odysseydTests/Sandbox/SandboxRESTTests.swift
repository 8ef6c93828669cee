import Foundation
import Shared
import Testing
@testable import odysseyd

private typealias Demo = SandboxWorld.Demo

@Suite("Discord sandbox REST")
struct SandboxRESTTests {
    @Test("a message created and edited through the REST client round-trips, with MESSAGE_CREATE and MESSAGE_UPDATE dispatched")
    func messageRoundTrip() async throws {
        try await SandboxHarness.with { harness in
            let channel = Snowflake(Demo.generalChannelID)
            let created = try await harness.client.createMessage(channel: channel, payload: MessagePayload(content: "Season 3 starts Friday"))
            #expect(created.channelID == channel)
            #expect(created.content == "Season 3 starts Friday")
            #expect(created.author?.id == Snowflake(Demo.botUserID))
            #expect(String(created.id.rawValue).count >= 18)

            let edited = try await harness.client.editMessage(channel: channel, message: created.id,
                                                              payload: MessagePayload(content: "Season 3 starts Saturday"))
            #expect(edited.id == created.id)
            #expect(edited.content == "Season 3 starts Saturday")
            #expect(edited.editedTimestamp != nil)

            let read: Message = try await harness.client.send(DiscordRoute(.get, "/channels/{channel.id}/messages/{message.id}",
                                                                           ["channel.id": channel.description, "message.id": created.id.description]))
            #expect(read.content == "Season 3 starts Saturday")

            let events = await harness.world.events
            #expect(events.map(\.name) == ["MESSAGE_CREATE", "MESSAGE_UPDATE"])
            #expect(events.first?.guildID == Demo.guildID)
            #expect(events.first?.data["guild_id"]?.stringValue == String(Demo.guildID))
            #expect(events.first?.data["member"] != nil)
            #expect(events.last?.data["content"]?.stringValue == "Season 3 starts Saturday")

            try await harness.client.sendWithoutResponse(DiscordRoute(.delete, "/channels/{channel.id}/messages/{message.id}",
                                                                      ["channel.id": channel.description, "message.id": created.id.description]))
            #expect(await harness.world.events.last?.name == "MESSAGE_DELETE")
            await #expect(throws: DiscordAPIError.self) {
                let _: Message = try await harness.client.send(DiscordRoute(.get, "/channels/{channel.id}/messages/{message.id}",
                                                                            ["channel.id": channel.description, "message.id": created.id.description]))
            }
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("without the bot token every route answers 401 with Discord's body; the recorded request hides the token")
    func unauthorized() async throws {
        try await SandboxHarness.with { harness in
            let stranger = await harness.makeClient(token: "not-the-token")
            let error = await #expect(throws: DiscordAPIError.self) {
                _ = try await stranger.createMessage(channel: Snowflake(Demo.generalChannelID), payload: MessagePayload(content: "hi"))
            }
            await stranger.shutdown()
            #expect(error?.status == 401)
            #expect(error?.code == 0)
            #expect(error?.message == "401: Unauthorized")
            let request = try #require(await harness.world.requests.first)
            #expect(request.header("authorization") == "<redacted>")
            #expect(await harness.world.events.isEmpty)
        }
    }

    @Test("unknown resources answer Discord's codes: 10003 for a channel, 10004 for a guild")
    func unknownResources() async throws {
        try await SandboxHarness.with { harness in
            let channel = await #expect(throws: DiscordAPIError.self) {
                _ = try await harness.client.createMessage(channel: 42, payload: MessagePayload(content: "hi"))
            }
            #expect(channel?.status == 404)
            #expect(channel?.code == 10003)
            let guild = await #expect(throws: DiscordAPIError.self) {
                let _: JSONValue = try await harness.client.send(DiscordRoute(.get, "/guilds/{guild.id}", ["guild.id": "42"]))
            }
            #expect(guild?.code == 10004)
        }
    }

    @Test("a bulk overwrite keeps the ids of commands it keeps, changes versions only for changed ones, and drops the rest")
    func bulkOverwriteKeepsIDs() async throws {
        try await SandboxHarness.with { harness in
            let first = try await harness.deploy([
                ApplicationCommandDefinition(name: "ping", description: "Check the bot is there"),
                ApplicationCommandDefinition(name: "roll", description: "Roll dice"),
            ])
            #expect(first.map(\.name) == ["ping", "roll"])
            #expect(first.allSatisfy { $0.applicationID == Snowflake(Demo.applicationID) && $0.guildID == Snowflake(Demo.guildID) })
            #expect(Set(first.map(\.id)).count == 2)

            let second = try await harness.deploy([
                ApplicationCommandDefinition(name: "ping", description: "Check the bot is there"),
                ApplicationCommandDefinition(name: "roll", description: "Roll some dice"),
                ApplicationCommandDefinition(name: "sign-up", description: "Join the season"),
            ])
            #expect(second[0].id == first[0].id)
            #expect(second[0].version == first[0].version)
            #expect(second[1].id == first[1].id)
            #expect(second[1].version != first[1].version)
            #expect(!first.map(\.id).contains(second[2].id))

            let third = try await harness.deploy([ApplicationCommandDefinition(name: "sign-up", description: "Join the season")])
            #expect(third.map(\.id) == [second[2].id])
            let read = try await harness.client.getGuildCommands(applicationID: Snowflake(Demo.applicationID), guild: Snowflake(Demo.guildID))
            #expect(read.map(\.id) == [second[2].id])

            let global = try await harness.client.bulkOverwriteGlobalCommands(
                applicationID: Snowflake(Demo.applicationID), commands: [ApplicationCommandDefinition(name: "help", description: "How to use Odyssey")])
            #expect(global.first?.guildID == nil)
            #expect(try await harness.client.getGlobalCommands(applicationID: Snowflake(Demo.applicationID)).map(\.name) == ["help"])
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("a voice-state change for a member in no voice channel answers 10065; on a stage it moves the member to the speakers")
    func voiceStates() async throws {
        try await SandboxHarness.with { harness in
            let body: JSONValue = .object(["channel_id": .string(String(Demo.stageChannelID)), "suppress": .bool(false)])
            func route(_ user: UInt64) -> DiscordRoute {
                DiscordRoute(.patch, "/guilds/{guild.id}/voice-states/{user.id}", ["guild.id": String(Demo.guildID), "user.id": String(user)])
            }
            let error = await #expect(throws: DiscordAPIError.self) {
                try await harness.client.sendWithoutResponse(route(Demo.benUserID), body: body)
            }
            #expect(error?.status == 404)
            #expect(error?.code == 10065)
            #expect(error?.message == "Unknown Voice State")

            try await harness.client.sendWithoutResponse(route(Demo.cleoUserID), body: body)
            let event = try #require(await harness.world.events.last)
            #expect(event.name == "VOICE_STATE_UPDATE")
            #expect(event.data["suppress"] == .bool(false))
            #expect(event.data["user_id"]?.stringValue == String(Demo.cleoUserID))
            #expect(await harness.world.guild(Demo.guildID)?.voiceStates.first?.suppress == false)
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("roles above the bot's highest role are refused with 50013; lower ones are added and removed with GUILD_MEMBER_UPDATE")
    func roleHierarchy() async throws {
        try await SandboxHarness.with { harness in
            func route(_ method: DiscordRoute.Method, role: UInt64) -> DiscordRoute {
                DiscordRoute(method, "/guilds/{guild.id}/members/{user.id}/roles/{role.id}",
                             ["guild.id": String(Demo.guildID), "user.id": String(Demo.cleoUserID), "role.id": String(role)])
            }
            let error = await #expect(throws: DiscordAPIError.self) {
                try await harness.client.sendWithoutResponse(route(.put, role: Demo.moderatorRoleID), auditLogReason: "promote")
            }
            #expect(error?.status == 403)
            #expect(error?.code == 50013)
            #expect(error?.message == "Missing Permissions")

            try await harness.client.sendWithoutResponse(route(.delete, role: Demo.memberRoleID), auditLogReason: "left the season")
            let removed = try #require(await harness.world.events.last)
            #expect(removed.name == "GUILD_MEMBER_UPDATE")
            #expect(removed.data["roles"] == .array([]))
            try await harness.client.sendWithoutResponse(route(.put, role: Demo.memberRoleID))
            #expect(await harness.world.events.last?.data["roles"] == .array([.string(String(Demo.memberRoleID))]))

            let member: GuildMember = try await harness.client.send(DiscordRoute(
                .get, "/guilds/{guild.id}/members/{user.id}", ["guild.id": String(Demo.guildID), "user.id": String(Demo.cleoUserID)]))
            #expect(member.roles == [Snowflake(Demo.memberRoleID)])
            let recorded = await harness.world.requests
            #expect(recorded.first?.header("x-audit-log-reason") == "promote")
        }
    }

    @Test("channels are created (voice included), renamed and deleted with CHANNEL_* events; an empty name is a 50035 with its errors tree")
    func channels() async throws {
        try await SandboxHarness.with { harness in
            let guild = String(Demo.guildID)
            let created: DiscordChannel = try await harness.client.send(
                DiscordRoute(.post, "/guilds/{guild.id}/channels", ["guild.id": guild]),
                body: JSONValue.object(["name": .string("Duel Room"), "type": .number(2)]))
            #expect(created.name == "Duel Room")
            let renamed: DiscordChannel = try await harness.client.send(
                DiscordRoute(.patch, "/channels/{channel.id}", ["channel.id": created.id.description]),
                body: JSONValue.object(["name": .string("Duel Room 2")]))
            #expect(renamed.name == "Duel Room 2")
            let _: DiscordChannel = try await harness.client.send(DiscordRoute(.delete, "/channels/{channel.id}", ["channel.id": created.id.description]))
            #expect(await harness.world.events.map(\.name) == ["CHANNEL_CREATE", "CHANNEL_UPDATE", "CHANNEL_DELETE"])

            let error = await #expect(throws: DiscordAPIError.self) {
                let _: DiscordChannel = try await harness.client.send(
                    DiscordRoute(.post, "/guilds/{guild.id}/channels", ["guild.id": guild]), body: JSONValue.object(["type": .number(0)]))
            }
            #expect(error?.code == 50035)
            #expect(error?.fieldErrors.first?.path == "name")
            #expect(error?.fieldErrors.first?.code == "BASE_TYPE_REQUIRED")

            let me: User = try await harness.client.send(DiscordRoute(.get, "/users/@me"))
            #expect(me.id == Snowflake(Demo.botUserID))
            let gateway: JSONValue = try await harness.client.send(DiscordRoute(.get, "/gateway/bot"))
            #expect(gateway["url"]?.stringValue == "ws://127.0.0.1:\(await harness.sandbox.port())/gateway")
        }
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("GuildCacheTests")
struct GuildCacheTests {
    static let guildID: UInt64 = 41_771_983_423_143_937

    private func router() -> DiscordEventRouter {
        DiscordEventRouter(cache: GuildCache(), logger: .test) { _ in }
    }

    private func send(_ router: DiscordEventRouter, _ event: String, _ value: JSONValue) async throws {
        await router.handle(GatewayDispatch(event: event, data: try JSONEncoder().encode(value), sequence: 1, shard: 0))
    }

    private var guild: Snowflake { Snowflake(Self.guildID) }
    private func id(_ offset: UInt64) -> JSONValue { .string(String(Self.guildID + offset)) }

    @Test("GUILD_CREATE fills channels (voice included), roles, members and voice states")
    func guildCreate() async throws {
        let router = router()
        try await send(router, "GUILD_CREATE", GatewayFixtures.guild(id: Self.guildID, name: "Odyssey"))
        let cached = try #require(await router.cache.guild(guild))
        #expect(cached.name == "Odyssey")
        #expect(cached.ownerID == Snowflake(Self.guildID + 3000))
        let voice = try #require(cached.channels[Snowflake(Self.guildID + 1000)])
        #expect(voice.isVoice)
        #expect(cached.roles[Snowflake(Self.guildID + 2001)]?.permissions == DiscordPermissions(rawValue: 1024))
        #expect(cached.members[Snowflake(Self.guildID + 3001)]?.username == "user1")
        #expect(cached.usersInVoice(channel: Snowflake(Self.guildID + 1000)) == [Snowflake(Self.guildID + 3000)])
        #expect(await router.cache.channel(Snowflake(Self.guildID + 1001))?.name == "text-1")
    }

    @Test("channel, role and guild updates and deletes")
    func channelsAndRoles() async throws {
        let router = router()
        try await send(router, "GUILD_CREATE", GatewayFixtures.guild(id: Self.guildID))
        try await send(router, "CHANNEL_CREATE", .object(["id": id(1500), "type": .number(13), "guild_id": id(0), "name": .string("Stage")]))
        #expect(await router.cache.channel(Snowflake(Self.guildID + 1500))?.type == .guildStageVoice)
        try await send(router, "CHANNEL_UPDATE", .object(["id": id(1500), "type": .number(13), "guild_id": id(0), "name": .string("Main stage")]))
        #expect(await router.cache.channel(Snowflake(Self.guildID + 1500))?.name == "Main stage")
        try await send(router, "CHANNEL_DELETE", .object(["id": id(1500), "type": .number(13), "guild_id": id(0)]))
        #expect(await router.cache.channel(Snowflake(Self.guildID + 1500)) == nil)

        try await send(router, "GUILD_ROLE_CREATE", .object(["guild_id": id(0), "role": .object(["id": id(2500), "name": .string("Mods"), "permissions": .string("8"), "position": .number(5)])]))
        #expect(await router.cache.guild(guild)?.roles[Snowflake(Self.guildID + 2500)]?.name == "Mods")
        try await send(router, "GUILD_ROLE_UPDATE", .object(["guild_id": id(0), "role": .object(["id": id(2500), "name": .string("Moderators"), "permissions": .string("8")])]))
        #expect(await router.cache.guild(guild)?.roles[Snowflake(Self.guildID + 2500)]?.name == "Moderators")
        // Deleting a role takes it off members too.
        try await send(router, "GUILD_ROLE_DELETE", .object(["guild_id": id(0), "role_id": id(2001)]))
        #expect(await router.cache.guild(guild)?.roles[Snowflake(Self.guildID + 2001)] == nil)
        #expect(await router.cache.member(guild: guild, user: Snowflake(Self.guildID + 3000))?.roles == [])

        try await send(router, "GUILD_UPDATE", .object(["id": id(0), "name": .string("Renamed"), "roles": .array([])]))
        #expect(await router.cache.guild(guild)?.name == "Renamed")
        #expect(await router.cache.guild(guild)?.channels.count == 3)

        try await send(router, "GUILD_DELETE", .object(["id": id(0), "unavailable": .bool(true)]))
        #expect(await router.cache.guild(guild)?.unavailable == true)
        try await send(router, "GUILD_DELETE", .object(["id": id(0)]))
        #expect(await router.cache.guild(guild) == nil)
        #expect(await router.cache.channel(Snowflake(Self.guildID + 1001)) == nil)
    }

    @Test("members join, change and leave; voice states move and end")
    func membersAndVoice() async throws {
        let router = router()
        try await send(router, "GUILD_CREATE", GatewayFixtures.guild(id: Self.guildID, members: 2))
        let newcomer: JSONValue = .object(["id": id(3100), "username": .string("newcomer")])
        try await send(router, "GUILD_MEMBER_ADD", .object(["guild_id": id(0), "user": newcomer, "roles": .array([]), "joined_at": .string("2025-01-01T00:00:00Z")]))
        #expect(await router.cache.guild(guild)?.memberCount == 3)
        try await send(router, "GUILD_MEMBER_UPDATE", .object(["guild_id": id(0), "user": newcomer, "roles": .array([id(2001)]), "nick": .string("Newbie")]))
        let member = try #require(await router.cache.member(guild: guild, user: Snowflake(Self.guildID + 3100)))
        #expect(member.displayName == "Newbie")
        #expect(member.roles == [Snowflake(Self.guildID + 2001)])

        let voice: [String: JSONValue] = ["guild_id": id(0), "user_id": id(3100), "session_id": .string("s"), "deaf": .bool(false), "mute": .bool(false),
                                          "self_deaf": .bool(false), "self_mute": .bool(false), "suppress": .bool(false)]
        var joined = voice
        joined["channel_id"] = id(1000)
        try await send(router, "VOICE_STATE_UPDATE", .object(joined))
        #expect(await router.cache.voiceState(guild: guild, user: Snowflake(Self.guildID + 3100))?.channelID == Snowflake(Self.guildID + 1000))
        var left = voice
        left["channel_id"] = .null
        try await send(router, "VOICE_STATE_UPDATE", .object(left))
        #expect(await router.cache.voiceState(guild: guild, user: Snowflake(Self.guildID + 3100)) == nil)

        try await send(router, "GUILD_MEMBER_REMOVE", .object(["guild_id": id(0), "user": newcomer]))
        #expect(await router.cache.member(guild: guild, user: Snowflake(Self.guildID + 3100)) == nil)
        #expect(await router.cache.guild(guild)?.memberCount == 2)
    }

    @Test("unknown events are counted and ignored; broken payloads are counted as failures")
    func unknownEvents() async throws {
        let router = router()
        try await send(router, "SOMETHING_NEW", .object([:]))
        try await send(router, "SOMETHING_NEW", .object([:]))
        try await send(router, "PRESENCE_UPDATE", .object([:]))
        try await send(router, "GUILD_ROLE_DELETE", .object(["guild_id": .number(1)]))
        #expect(router.unhandledCounts == ["SOMETHING_NEW": 2, "PRESENCE_UPDATE": 1])
        #expect(router.decodeFailures == 1)
        #expect(await router.cache.guildCount == 0)
    }
}

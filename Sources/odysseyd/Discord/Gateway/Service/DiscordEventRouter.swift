import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The daemon's ``GatewayEventHandler``: keeps the ``GuildCache`` current from guild, channel,
/// role, member and voice events, hands INTERACTION_CREATE to `onInteraction`, MESSAGE_CREATE
/// to `onMessage`, MESSAGE_REACTION_ADD to `onReaction` and every VOICE_STATE_UPDATE (after the
/// cache has it) to `onVoiceState`, and counts everything else as unhandled. The optional
/// callbacks run on the shard's read loop, so they should hand work off rather than wait on it.
///
/// Interactions run in child tasks of ``run()`` (a service of its own), so a slow handler never
/// holds up the shard's read loop; run the router in the service group before the gateway, so the
/// gateway stops first and interactions in flight finish.
///
/// ```swift
/// let router = DiscordEventRouter(cache: GuildCache(), logger: logger) { interaction in
///     await responder.respond(to: interaction)
/// }
/// // services: [..., router, gatewayService]
/// ```
final class DiscordEventRouter: GatewayEventHandler, Service, Sendable {
    let cache: GuildCache
    private let onInteraction: @Sendable (Interaction) async -> Void
    private let onMessage: (@Sendable (Message) async -> Void)?
    private let onReaction: (@Sendable (MessageReactionAdd) async -> Void)?
    private let onVoiceState: (@Sendable (VoiceState) async -> Void)?
    private let logger: Logger
    private let interactions: AsyncStream<Interaction>
    private let interactionInput: AsyncStream<Interaction>.Continuation
    private let unhandled = Mutex<[String: Int]>([:])
    private let failures = Mutex<Int>(0)

    init(cache: GuildCache, onMessage: (@Sendable (Message) async -> Void)? = nil,
         onReaction: (@Sendable (MessageReactionAdd) async -> Void)? = nil,
         onVoiceState: (@Sendable (VoiceState) async -> Void)? = nil, logger: Logger,
         onInteraction: @escaping @Sendable (Interaction) async -> Void) {
        self.cache = cache
        self.onInteraction = onInteraction
        self.onMessage = onMessage
        self.onReaction = onReaction
        self.onVoiceState = onVoiceState
        self.logger = logger
        (interactions, interactionInput) = AsyncStream<Interaction>.makeStream()
    }

    /// Runs interactions, each in its own child task, until graceful shutdown; those started finish.
    func run() async {
        await withDiscardingTaskGroup { group in
            for await interaction in interactions.cancelOnGracefulShutdown() {
                group.addTask { await self.onInteraction(interaction) }
            }
        }
    }

    /// Dispatches seen but not handled, by event name (READY, presence updates, new events…).
    var unhandledCounts: [String: Int] { unhandled.withLock { $0 } }

    /// Dispatches whose `d` could not be decoded.
    var decodeFailures: Int { failures.withLock { $0 } }

    func handle(_ dispatch: GatewayDispatch) async {
        do {
            try await route(dispatch)
        } catch {
            failures.withLock { $0 += 1 }
            logger.warning("cannot read a gateway event", metadata: ["event": "\(dispatch.event)", "error": "\(error)"])
        }
    }

    private func route(_ dispatch: GatewayDispatch) async throws {
        let data = dispatch.data
        switch dispatch.event {
        case "GUILD_CREATE":
            await cache.guildCreated(try decode(GuildCreatePayload.self, data))
        case "GUILD_UPDATE":
            await cache.guildUpdated(try decode(GuildCreatePayload.self, data))
        case "GUILD_DELETE":
            let gone = try decode(GuildEventPayloads.GuildDelete.self, data)
            await cache.guildDeleted(gone.id, unavailable: gone.unavailable ?? false)
        case "CHANNEL_CREATE", "CHANNEL_UPDATE":
            await cache.channelChanged(try decode(DiscordChannel.self, data))
        case "CHANNEL_DELETE":
            let gone = try decode(GuildEventPayloads.ChannelDelete.self, data)
            await cache.channelDeleted(gone.id, guild: gone.guildID)
        case "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE":
            let change = try decode(GuildEventPayloads.RoleChange.self, data)
            await cache.roleChanged(change.role, guild: change.guildID)
        case "GUILD_ROLE_DELETE":
            let gone = try decode(GuildEventPayloads.RoleDelete.self, data)
            await cache.roleDeleted(gone.roleID, guild: gone.guildID)
        case "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE":
            let guild = try decode(GuildEventPayloads.GuildID.self, data).guildID
            await cache.memberChanged(try decode(GuildMember.self, data), guild: guild, added: dispatch.event == "GUILD_MEMBER_ADD")
        case "GUILD_MEMBER_REMOVE":
            let gone = try decode(GuildEventPayloads.MemberRemove.self, data)
            await cache.memberRemoved(gone.user.id, guild: gone.guildID)
        case "VOICE_STATE_UPDATE":
            let state = try decode(VoiceState.self, data)
            await cache.voiceStateChanged(state)
            await onVoiceState?(state)
        case "INTERACTION_CREATE":
            interactionInput.yield(try decode(Interaction.self, data))
        case "MESSAGE_CREATE" where onMessage != nil:
            await onMessage?(try decode(Message.self, data))
        case "MESSAGE_REACTION_ADD" where onReaction != nil:
            await onReaction?(try decode(MessageReactionAdd.self, data))
        default:
            unhandled.withLock { $0[dispatch.event, default: 0] += 1 }
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        try JSONDecoder().decode(T.self, from: data)
    }
}

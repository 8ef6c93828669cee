import Logging

/// The `dice.initiative.refresh` job: renders the channel's tracker and edits its message, or
/// posts one when there is none yet or Discord no longer has it (10008 Unknown Message). Waits
/// on a 429 are the REST client's; a failure retries through the job system. The message is in
/// the guild's language, read per refresh (cached a few seconds) from `guild_settings`.
///
/// ```swift
/// handlers.register(InitiativeStore.refreshJob.name, definition: InitiativeStore.refreshJob) { context in
///     try await editor.refresh(channel: try context.payload(as: InitiativeStore.Refresh.self).channelId)
/// }
/// ```
struct InitiativeMessageEditor: Sendable {
    /// discord-docs/topics/opcodes-and-status-codes.mdx, JSON error codes.
    static let unknownMessage = 10008

    let store: InitiativeStore
    let rest: DiscordRESTClient
    let logger: Logger
    let languages: LanguageResolver

    func register(on handlers: inout JobHandlers) {
        handlers.register(InitiativeStore.refreshJob.name, definition: InitiativeStore.refreshJob) { context in
            try await refresh(channel: try context.payload(as: InitiativeStore.Refresh.self).channelId)
        }
    }

    func refresh(channel: Snowflake) async throws {
        guard let tracker = try await store.tracker(channel: channel) else { return }
        let payload = InitiativeMessage.payload(for: tracker, in: await languages.language(for: tracker.guildID))
        if let message = tracker.messageID {
            do {
                _ = try await rest.editMessage(channel: channel, message: message, payload: payload)
                return
            } catch let error as DiscordAPIError where error.code == Self.unknownMessage {
                logger.info("initiative tracker message was deleted; posting a new one", metadata: ["channel_id": "\(channel)"])
                try await store.setMessage(nil, channel: channel)
            }
        }
        let posted = try await rest.createMessage(channel: channel, payload: payload)
        try await store.setMessage(posted.id, channel: channel)
    }
}

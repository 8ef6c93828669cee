import Foundation
import Logging

/// The `stage.queue.refresh` job: renders the guild's queue and edits its message in the sign-up
/// channel, or posts one when there is none yet, the sign-up channel changed, or Discord no longer
/// has it (10008 Unknown Message). Without a sign-up channel there is no message. Waits on a 429
/// are the REST client's; a failure retries through the job system. The message is in the
/// guild's language as it is when the job runs, so the next refresh after a switch follows it.
///
/// ```swift
/// let editor = StageQueueMessageEditor(store: store, rest: rest, logger: logger, languages: languages)
/// try await editor.refresh(guild: guild)
/// ```
struct StageQueueMessageEditor: Sendable {
    /// discord-docs/topics/opcodes-and-status-codes.mdx, JSON error codes.
    static let unknownMessage = 10008

    let store: StageQueueStore
    let rest: DiscordRESTClient
    let logger: Logger
    let languages: LanguageResolver

    func refresh(guild: Snowflake) async throws {
        let settings = try await StageQueueSettingsStore.load(guild: guild, on: store.pool)
        guard let channel = settings.signUpChannelID else { return }
        let queue = try await store.queue(guild: guild)
        let payload = StageQueueMessage.payload(for: queue, in: await languages.language(for: guild))
        if let message = queue.messageID, queue.messageChannelID == channel {
            do {
                _ = try await rest.editMessage(channel: channel, message: message, payload: payload)
                return
            } catch let error as DiscordAPIError where error.code == Self.unknownMessage {
                logger.info("stage queue message was deleted; posting a new one", metadata: ["guild_id": "\(guild)"])
                try await store.setMessage(nil, channel: nil, guild: guild)
            }
        }
        let posted = try await rest.createMessage(channel: channel, payload: payload)
        try await store.setMessage(posted.id, channel: channel, guild: guild)
    }
}

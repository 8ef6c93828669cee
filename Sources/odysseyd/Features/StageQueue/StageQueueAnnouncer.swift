import Logging

/// The `stage.queue.announce` job: posts one ``StageQueueAnnouncement`` to its channel.
///
/// ```swift
/// try await StageQueueAnnouncer(rest: rest).post(announcement)
/// ```
struct StageQueueAnnouncer: Sendable {
    let rest: DiscordRESTClient

    func post(_ announcement: StageQueueAnnouncement) async throws {
        _ = try await rest.createMessage(channel: announcement.channelId, payload: announcement.payload)
    }
}

/// The `stage.queue.announce` job: posts one ``StageQueueAnnouncement`` to its channel, in the
/// guild's language as it is when the job runs.
///
/// ```swift
/// let announcer = StageQueueAnnouncer(rest: rest, languages: LanguageResolver(database: pool))
/// try await announcer.post(announcement)
/// ```
struct StageQueueAnnouncer: Sendable {
    let rest: DiscordRESTClient
    let languages: LanguageResolver

    /// Returns what was posted.
    @discardableResult
    func post(_ announcement: StageQueueAnnouncement) async throws -> MessagePayload {
        let payload = announcement.payload(in: await languages.language(for: announcement.guildId))
        _ = try await rest.createMessage(channel: announcement.channelId, payload: payload)
        return payload
    }
}

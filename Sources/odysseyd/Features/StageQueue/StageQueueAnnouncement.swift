/// A message for the guild's announcement channel, enqueued as a `stage.queue.announce` job in
/// the transaction of the change it announces, so it goes out once that change commits and never
/// for a change that rolled back.
///
/// Only a call pings, and only the performer: a join names the member without a ping.
///
/// ```swift
/// let call = StageQueueAnnouncement.called(cleo, remaining: 2, channel: announcements)
/// _ = try await queue.enqueue(try JobRequest(StageQueueAnnouncement.job.name, payload: call), on: session)
/// ```
struct StageQueueAnnouncement: Codable, Sendable, Equatable {
    static let job = JobDefinition("stage.queue.announce", concurrency: 2, expireAfter: .seconds(60))

    var channelId: Snowflake
    var content: String
    /// The one member the message may ping; nil pings nobody.
    var mentionUserId: Snowflake?

    static func joined(_ user: Snowflake, position: Int, channel: Snowflake) -> StageQueueAnnouncement {
        StageQueueAnnouncement(channelId: channel, content: "📝 <@\(user)> signed up for the stage (#\(position) in the queue).",
                               mentionUserId: nil)
    }

    static func called(_ user: Snowflake, remaining: Int, channel: Snowflake) -> StageQueueAnnouncement {
        StageQueueAnnouncement(channelId: channel, content: "🎤 <@\(user)>, you're up! \(StageQueueText.waiting(remaining)).",
                               mentionUserId: user)
    }

    var payload: MessagePayload {
        MessagePayload(content: content, allowedMentions: mentionUserId.map { AllowedMentions(users: [$0]) } ?? .nobody)
    }
}

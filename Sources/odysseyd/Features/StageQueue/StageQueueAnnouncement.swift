/// A message for the guild's announcement channel, enqueued as a `stage.queue.announce` job in
/// the transaction of the change it announces, so it goes out once that change commits and never
/// for a change that rolled back.
///
/// The payload holds what happened, not words: ``StageQueueAnnouncer`` renders it in the guild's
/// language when the job runs, so a language switched in between is honoured.
///
/// Only a call pings, and only the performer: a join names the member without a ping.
///
/// ```swift
/// let call = StageQueueAnnouncement.called(cleo, remaining: 2, guild: guild, channel: announcements)
/// _ = try await queue.enqueue(try JobRequest(StageQueueAnnouncement.job.name, payload: call), on: session)
/// call.content(in: .en)   // "🎤 <@…>, you're up! 2 waiting."
/// ```
struct StageQueueAnnouncement: Codable, Sendable, Equatable {
    static let job = JobDefinition("stage.queue.announce", concurrency: 2, expireAfter: .seconds(60))

    enum Kind: String, Codable, Sendable {
        case joined, called
    }

    var guildId: Snowflake
    var channelId: Snowflake
    var kind: Kind
    var userId: Snowflake
    /// `joined`: the member's place in the queue; `called`: how many still wait.
    var count: Int

    static func joined(_ user: Snowflake, position: Int, guild: Snowflake, channel: Snowflake) -> StageQueueAnnouncement {
        StageQueueAnnouncement(guildId: guild, channelId: channel, kind: .joined, userId: user, count: position)
    }

    static func called(_ user: Snowflake, remaining: Int, guild: Snowflake, channel: Snowflake) -> StageQueueAnnouncement {
        StageQueueAnnouncement(guildId: guild, channelId: channel, kind: .called, userId: user, count: remaining)
    }

    /// The one member the message may ping; nil pings nobody.
    var mentionUserId: Snowflake? {
        kind == .called ? userId : nil
    }

    func content(in language: Language) -> String {
        let member = userId.description
        return switch kind {
        case .joined:
            Localizer.text(MessageKeys.StageQueue.announceJoined, ["member": member, "position": String(count)], in: language)
        case .called:
            Localizer.text(MessageKeys.StageQueue.announceCalled,
                           ["member": member, "waiting": StageQueueText.waiting(count, in: language)], in: language)
        }
    }

    func payload(in language: Language) -> MessagePayload {
        MessagePayload(content: content(in: language), allowedMentions: mentionUserId.map { AllowedMentions(users: [$0]) } ?? .nobody)
    }
}

import Foundation

/// A guild's sign-up queue as committed: who is on stage, who waits in which order, whether it
/// is paused, and where its message is.
///
/// ```swift
/// let queue = try await store.queue(guild: guild)
/// queue.position(of: cleo)   // 2: one member goes before her
/// ```
struct StageQueue: Sendable, Equatable {
    let guildID: Snowflake
    let paused: Bool
    /// The member `next` called last, until the following `next`, their leaving or a clear.
    let currentUserID: Snowflake?
    let currentSince: Date?
    let messageChannelID: Snowflake?
    let messageID: Snowflake?
    /// By position.
    let entries: [StageQueueEntry]

    /// A guild whose queue nobody has touched yet.
    static func empty(guild: Snowflake) -> StageQueue {
        StageQueue(guildID: guild, paused: false, currentUserID: nil, currentSince: nil, messageChannelID: nil, messageID: nil, entries: [])
    }

    func position(of user: Snowflake) -> Int? {
        entries.first { $0.userID == user }?.position
    }
}

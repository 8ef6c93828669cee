import Foundation

/// One member waiting in a guild's sign-up queue.
struct StageQueueEntry: Sendable, Equatable {
    let userID: Snowflake
    /// 1 is next; positions are dense (1, 2, 3… with no gaps).
    let position: Int
    let joinedAt: Date
}

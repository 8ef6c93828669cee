import Foundation

/// What the stage queue tells the rest of the daemon once a change has committed: mileage awards
/// points for signing up and for being called to perform. The interaction's id makes each one
/// count once, however often Discord redelivers it.
///
/// ```swift
/// let stage = StageQueueFeature(pool: pool, queue: queue, onActivity: { await engine.record($0, logger: logger) })
/// ```
enum StageQueueActivity: Sendable, Equatable {
    case joined(guild: Snowflake, member: Snowflake, interaction: Snowflake, at: Date)
    case called(guild: Snowflake, performer: Snowflake, interaction: Snowflake, at: Date)
}

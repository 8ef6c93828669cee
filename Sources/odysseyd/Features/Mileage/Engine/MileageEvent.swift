import Foundation

/// Something a member did that may earn mileage, as a feature reports it to ``MileageEngine``.
///
/// `sourceID` names what the event came from (a message id, `message:emoji:user` for a
/// reaction, an interaction id…): the same source counts once, so a gateway event delivered again
/// after a resume earns nothing more.
///
/// ```swift
/// let event = MileageEvent(guildID: guild, userID: author, type: .messageSent,
///                          sourceID: message.id.description, occurredAt: message.id.timestamp)
/// let award = try await engine.award(event)
/// ```
struct MileageEvent: Sendable, Hashable {
    var guildID: Snowflake
    var userID: Snowflake
    var type: MileageEventType
    var sourceID: String
    var occurredAt: Date
    /// Multiplies the rule's points: voice minutes; 1 for everything else.
    var units = 1
    /// Bots never earn; callers pass what Discord says about the user.
    var userIsBot = false
}

/// What ``MileageEngine/award(_:)`` did with an event.
enum MileageAward: Sendable, Equatable {
    /// Recorded: the event's id, its points, the member's new total, and whether the total crossed
    /// a tier threshold (a `mileage.tiers.sync` job was enqueued with it).
    case awarded(eventID: Int64, points: Int, total: Int64, crossedTier: Bool)
    /// The same source was recorded before (a redelivered event).
    case duplicate
    /// The member earned this type too recently.
    case coolingDown
    case ignored(Reason)

    enum Reason: String, Sendable, Equatable {
        case bot
        /// The guild's event map makes the type worth nothing.
        case noPoints
        /// The `mileage` feature is switched off in the guild (`guild_feature_flags`) or globally (`feature_flags`).
        case disabled
    }

    var points: Int {
        if case .awarded(_, let points, _, _) = self { points } else { 0 }
    }
}

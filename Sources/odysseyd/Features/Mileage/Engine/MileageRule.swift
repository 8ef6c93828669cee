/// One entry of a guild's event map: what an event type is worth and how long a member waits
/// before the same type earns again (so a flood of messages earns once a minute, not per line).
///
/// ```swift
/// let rule = MileageRule.defaults[.messageSent]!   // 1 point, once a minute
/// ```
struct MileageRule: Sendable, Hashable {
    /// Points per event (per unit: a voice minute earns `points` for each minute).
    var points: Int
    var cooldownSeconds: Int

    static let pointsRange = 0...10_000
    /// A week: the `mileage_rules.cooldown_seconds` check.
    static let cooldownRange = 0...604_800

    /// Used while a guild has no `mileage_rules` row for the type. Stage events are worth more
    /// (they take courage); chat is cheap and cooled down hardest, as it is the easiest to farm.
    static let defaults: [MileageEventType: MileageRule] = [
        .messageSent: MileageRule(points: 1, cooldownSeconds: 60),
        .reactionAdded: MileageRule(points: 1, cooldownSeconds: 30),
        // Minutes are counted by the voice tracker, which never reports one minute twice.
        .voiceMinute: MileageRule(points: 1, cooldownSeconds: 0),
        .signUpJoined: MileageRule(points: 5, cooldownSeconds: 3600),
        .performedOnStage: MileageRule(points: 25, cooldownSeconds: 3600),
        .commandUsed: MileageRule(points: 1, cooldownSeconds: 300),
        .manualAdjustment: MileageRule(points: 0, cooldownSeconds: 0),
    ]

    static func fallback(for type: MileageEventType) -> MileageRule {
        defaults[type] ?? MileageRule(points: 0, cooldownSeconds: 0)
    }
}

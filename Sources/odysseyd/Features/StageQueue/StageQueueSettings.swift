/// A guild's sign-up queue configuration (`stage_queue_settings`), set with `/sign-up setup`.
/// Every part is optional, so a fresh guild has a working queue with no message, no
/// announcements, no role gate and no stage promotion.
///
/// ```swift
/// var settings = StageQueueSettings()
/// settings.stageChannelID = stage
/// settings.stageIntegration = true
/// settings.promotesOnStage   // true: `next` makes the performer a speaker
/// ```
struct StageQueueSettings: Sendable, Equatable {
    /// Where the queue message with the Join and Leave buttons lives.
    var signUpChannelID: Snowflake?
    var stageChannelID: Snowflake?
    /// Where joins and calls are announced; nil announces nothing.
    var announceChannelID: Snowflake?
    /// Members need it to join; nil lets everyone join.
    var signUpRoleID: Snowflake?
    /// Runs the queue besides members with Mute Members.
    var hostRoleID: Snowflake?
    var stageIntegration = false

    /// Whether `next` promotes the performer to speaker: switched on and a stage to do it on.
    var promotesOnStage: Bool { stageIntegration && stageChannelID != nil }
}

import Logging

/// Points for the stage queue: signing up, and being called to perform. A failure to award is
/// logged and never fails the member's sign-up, which has already committed.
///
/// ```swift
/// StageQueueFeature(pool: pool, queue: queue, onActivity: { await engine.record($0, logger: logger) })
/// ```
extension MileageEngine {
    func record(_ activity: StageQueueActivity, logger: Logger) async {
        let event = switch activity {
        case .joined(let guild, let member, let interaction, let at):
            MileageEvent(guildID: guild, userID: member, type: .signUpJoined, sourceID: "sign-up:\(interaction)", occurredAt: at)
        case .called(let guild, let performer, let interaction, let at):
            MileageEvent(guildID: guild, userID: performer, type: .performedOnStage, sourceID: "stage-call:\(interaction)", occurredAt: at)
        }
        do {
            _ = try await award(event)
        } catch {
            logger.error("mileage: cannot award stage activity", metadata: [
                "guild_id": "\(event.guildID)", "user_id": "\(event.userID)", "event": "\(event.type.rawValue)", "error": "\(error)",
            ])
        }
    }
}

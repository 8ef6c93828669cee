import Foundation
import Shared
import Testing
@testable import odysseyd

/// The stage queue's activity earns mileage, once per interaction, as the daemon wires the two.
@Suite("Mileage for the stage queue")
struct MileageStageQueueTests {
    typealias Demo = SandboxWorld.Demo

    @Test func signingUpAndBeingCalledEarnPointsOnce() async throws {
        try await FeatureSandbox.with(module: { pool, queue in
            StageQueueFeature(pool: pool, queue: queue, onActivity: { activity in
                await MileageEngine(pool: pool, queue: queue).record(activity, logger: .test)
            })
        }) { sandbox, _ in
            let joined = try await sandbox.run("/sign-up join", as: Demo.cleoUserID, channel: Demo.signUpChannelID)
            let welcome = Localizer.text(MessageKeys.StageQueue.joined, ["position": "1", "count": "1"], in: .ru)
            #expect(joined.response?.content.contains(welcome) == true, "\(joined)")
            let called = try await sandbox.run("/sign-up next", as: Demo.benUserID, channel: Demo.signUpChannelID)
            #expect(called.response?.content.contains("<@\(Demo.cleoUserID)>") == true, "\(called)")

            let rows = try await sandbox.pool.query(
                "SELECT event_type, points, source_id FROM mileage_events WHERE user_id = $1 ORDER BY id", [Snowflake(Demo.cleoUserID)]).rows
            let types = try rows.map { try $0.decode(String.self, column: "event_type") }
            #expect(types == ["sign_up_joined", "performed_on_stage"])
            let sources = try rows.map { try $0.decode(String.self, column: "source_id") }
            #expect(sources == ["sign-up:\(joined.interactionId)", "stage-call:\(called.interactionId)"])

            // A redelivered interaction awards nothing more.
            let engine = MileageEngine(pool: sandbox.pool, queue: sandbox.queue)
            let again = try await engine.award(MileageEvent(guildID: Snowflake(Demo.guildID), userID: Snowflake(Demo.cleoUserID),
                                                            type: .signUpJoined, sourceID: "sign-up:\(joined.interactionId)", occurredAt: Date()))
            #expect(again == .duplicate)
        }
    }
}

import Foundation
import Testing
@testable import odysseyd

/// A switched-off feature's jobs complete without running their handler, per guild and globally;
/// jobs of no feature always run. Real PostgreSQL and the real queue's claimed rows.
@Suite("Feature switches stop their jobs")
struct FeatureJobGateTests {
    static let off: Snowflake = 6
    static let on: Snowflake = 7
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    private actor Calls {
        var names: [String] = []
        func record(_ name: String, _ payload: String) { names.append("\(name) \(payload)") }
    }

    private struct GuildPayload: Encodable {
        var guildId: Snowflake
    }

    /// Enqueues `request`, claims it as a worker would and runs the gated handler on it.
    private func run(_ request: JobRequest, gated handlers: JobHandlers, queue: JobQueue) async throws {
        _ = try await queue.enqueue(request)
        let job = try #require(try await queue.claim(name: request.name, limit: 1, worker: "test").first)
        let handler = try #require(handlers.handler(for: request.name))
        try await handler(JobContext(job: job, logger: .test))
    }

    @Test func aJobDoesNothingWhereItsFeatureIsOffAndRunsElsewhere() async throws {
        try await TestDatabase.with { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            let flags = FeatureFlags(database: pool)
            let queue = JobQueue(database: pool, handlers: JobHandlers())
            let calls = Calls()
            var featureJobs = JobHandlers()
            for definition in [StageQueueStore.refreshJob, MileageEngagementStore.job, OAuthSessionJobs.sync] {
                featureJobs.register(definition.name, definition: definition) { context in
                    await calls.record(context.job.name, context.job.payload)
                }
            }
            var handlers = JobHandlers()
            FeatureJobGate(flags: flags).install(featureJobs, on: &handlers)
            #expect(handlers.definition(for: StageQueueStore.refreshJob.name) == StageQueueStore.refreshJob,
                    "the gate keeps the feature's definition")

            _ = try await flags.set(["stage_queue"], enabled: false, guild: Self.off, by: .member(42), at: Self.at, pool: pool)
            try await run(try JobRequest(StageQueueStore.refreshJob.name, payload: GuildPayload(guildId: Self.off)), gated: handlers, queue: queue)
            #expect(await calls.names.isEmpty, "switched off in that guild")
            try await run(try JobRequest(StageQueueStore.refreshJob.name, payload: GuildPayload(guildId: Self.on)), gated: handlers, queue: queue)
            #expect(await calls.names.count == 1, "on in another guild")

            // A job of no guild follows the global flag.
            try await run(JobRequest(MileageEngagementStore.job.name), gated: handlers, queue: queue)
            #expect(await calls.names.count == 2)
            _ = try await flags.set(["mileage"], enabled: false, guild: nil, by: .operator(uid: 0), at: Self.at, pool: pool)
            try await run(JobRequest(MileageEngagementStore.job.name), gated: handlers, queue: queue)
            #expect(await calls.names.count == 2, "switched off globally")

            // Switching every feature off leaves jobs of no feature alone.
            _ = try await flags.set(nil, enabled: false, guild: nil, by: .operator(uid: 0), at: Self.at, pool: pool)
            try await run(JobRequest(OAuthSessionJobs.sync.name), gated: handlers, queue: queue)
            #expect(await calls.names.count == 3)
        }
    }
}

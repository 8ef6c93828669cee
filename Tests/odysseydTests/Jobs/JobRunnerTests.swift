import Foundation
import Synchronization
import Testing
@testable import odysseyd

/// Runs the real runner (workers, LISTEN, completion batches) against a real database, with the
/// system clock: these tests are about waking and stopping, not about time.
@Suite("Job runner")
struct JobRunnerTests {
    /// Collects what handlers saw, and lets a test wait for a number of them without sleeping.
    final class Probe: Sendable {
        private let state = Mutex<(ids: [Int64], waiters: [(Int, CheckedContinuation<Void, Never>)])>(([], []))

        func record(_ id: Int64) {
            let ready = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                state.ids.append(id)
                let count = state.ids.count
                let ready = state.waiters.filter { $0.0 <= count }.map(\.1)
                state.waiters.removeAll { $0.0 <= count }
                return ready
            }
            ready.forEach { $0.resume() }
        }

        var ids: [Int64] { state.withLock { $0.ids } }

        func waitFor(_ count: Int) async {
            await withCheckedContinuation { continuation in
                let now = state.withLock { state -> Bool in
                    if state.ids.count >= count { return true }
                    state.waiters.append((count, continuation))
                    return false
                }
                if now { continuation.resume() }
            }
        }
    }

    func runner(_ fixture: JobFixture, handlers: JobHandlers, drain: Duration = .seconds(5)) -> JobRunner {
        var settings = JobRunner.Settings()
        settings.drainTimeout = drain
        settings.runsScheduler = false
        return JobRunner(queue: JobQueue(database: fixture.pool, handlers: handlers), gate: nil, health: nil, settings: settings, logger: .test)
    }

    @Test func aJobEnqueuedLaterIsWokenByNotifyAndCompleted() async throws {
        let probe = Probe()
        var handlers = JobHandlers()
        handlers.register("duel.round.close") { context in probe.record(context.job.id) }
        try await JobFixture.with(handlers: handlers) { fixture in
            let runner = runner(fixture, handlers: handlers)
            let running = Task { try await runner.run() }
            await runner.waitUntilStarted()
            let job = try await JobQueue(database: fixture.pool, handlers: handlers).enqueue(JobRequest("duel.round.close"))
            await probe.waitFor(1)
            #expect(probe.ids == [job.id])
            try await eventually { try await fixture.count("SELECT count(*) FROM jobs_archive WHERE state = 'completed'") == 1 }
            runner.stop()
            try await running.value
        }
    }

    @Test func aJobWithoutAHandlerFailsWithAClearError() async throws {
        try await JobFixture.with { fixture in
            let runner = runner(fixture, handlers: JobHandlers())
            let running = Task { try await runner.run() }
            await runner.waitUntilStarted()
            let job = try await JobQueue(database: fixture.pool, handlers: JobHandlers()).enqueue(JobRequest("weekly.raid.start"))
            try await eventually { try await fixture.count("SELECT count(*) FROM jobs_dead_letter") == 1 }
            let detail = try #require(try await JobInspector(queue: runner.queue).job(job.id))
            #expect(detail.job.lastError?.hasPrefix("no handler registered for weekly.raid.start") == true)
            #expect(detail.job.attempts == 1)
            runner.stop()
            try await running.value
        }
    }

    @Test func aThrowingHandlerIsRetriedUntilItSucceeds() async throws {
        let attempts = Probe()
        var handlers = JobHandlers()
        handlers.register("public.post.publish", definition: JobDefinition(
            "public.post.publish", retry: RetryPolicy(maxAttempts: 5, delay: .milliseconds(10), backoff: false)
        )) { context in
            attempts.record(context.job.id)
            if context.job.attempt < 3 { throw JobQueueError("Discord said 503") }
        }
        try await JobFixture.with(handlers: handlers) { fixture in
            let runner = runner(fixture, handlers: handlers)
            let running = Task { try await runner.run() }
            await runner.waitUntilStarted()
            _ = try await runner.queue.enqueue(JobRequest("public.post.publish"))
            await attempts.waitFor(3)
            try await eventually { try await fixture.count("SELECT count(*) FROM jobs_archive WHERE state = 'completed' AND attempts = 3") == 1 }
            runner.stop()
            try await running.value
        }
    }

    @Test func gracefulStopFinishesOrReleasesEveryJob() async throws {
        let started = Probe()
        let gate = Latch()
        var handlers = JobHandlers()
        handlers.register("duel.round.close", definition: JobDefinition("duel.round.close", concurrency: 4)) { context in
            started.record(context.job.id)
            if context.job.payload.contains("slow") {
                await gate.wait()   // never opened: outlives the drain, must be released
            }
        }
        try await JobFixture.with(handlers: handlers) { fixture in
            let runner = runner(fixture, handlers: handlers, drain: .milliseconds(300))
            let queue = runner.queue
            let running = Task { try await runner.run() }
            await runner.waitUntilStarted()
            _ = try await queue.enqueue(batch: (0..<2).map { _ in JobRequest("duel.round.close", payloadJSON: #"{"kind": "slow"}"#) }, on: fixture.pool)
            await started.waitFor(2)
            _ = try await queue.enqueue(batch: (0..<20).map { _ in JobRequest("duel.round.close") }, on: fixture.pool)
            await started.waitFor(8)
            runner.stop()
            try await running.value

            let active = try await fixture.count("SELECT count(*) FROM jobs WHERE state = 'active'")
            let completed = try await fixture.count("SELECT count(*) FROM jobs_archive WHERE state = 'completed'")
            let queued = try await fixture.count("SELECT count(*) FROM jobs WHERE state IN ('waiting', 'retrying')")
            #expect(active == 0, "nothing is left claimed by a stopped worker")
            #expect(completed + queued == 22, "every job is finished or back in the queue")
            #expect(try await fixture.count("SELECT count(*) FROM jobs WHERE payload->>'kind' = 'slow' AND state = 'retrying' AND attempts = 0") == 2)
            #expect(started.ids.count == completed + 2, "only the two slow jobs ran without finishing")
        }
    }

    @Test func aJobPastItsExpiryIsCancelledAndRetried() async throws {
        let runs = Probe()
        var handlers = JobHandlers()
        handlers.register("mediator.repair.tick", definition: JobDefinition(
            "mediator.repair.tick", retry: RetryPolicy(maxAttempts: 2, delay: .zero, backoff: false), expireAfter: .milliseconds(200)
        )) { context in
            runs.record(context.job.id)
            if context.job.attempt == 1 { try await Task.sleep(for: .seconds(600)) }
        }
        try await JobFixture.with(handlers: handlers) { fixture in
            let runner = runner(fixture, handlers: handlers)
            let running = Task { try await runner.run() }
            await runner.waitUntilStarted()
            let job = try await runner.queue.enqueue(JobRequest("mediator.repair.tick"))
            await runs.waitFor(2)
            try await eventually { try await fixture.count("SELECT count(*) FROM jobs_archive WHERE state = 'completed'") == 1 }
            let detail = try #require(try await JobInspector(queue: runner.queue).job(job.id))
            #expect(detail.errors.first?.message.hasPrefix("expired") == true)
            runner.stop()
            try await running.value
        }
    }

    @Test func aJobHeldByAKilledDaemonIsTakenBackAndRun() async throws {
        let runs = Probe()
        var handlers = JobHandlers()
        handlers.register("duel.round.close") { context in runs.record(Int64(context.job.attempt)) }
        try await JobFixture.with(handlers: handlers) { fixture in
            // The killed daemon claimed the job and then stopped heartbeating.
            let queue = JobQueue(database: fixture.pool, handlers: handlers)
            let job = try await queue.enqueue(JobRequest("duel.round.close"))
            #expect(try await queue.claim(name: "duel.round.close", limit: 1, worker: "killed-daemon").count == 1)

            var settings = JobRunner.Settings()
            settings.runsScheduler = false
            settings.staleAfter = .milliseconds(300)
            settings.rescueInterval = .milliseconds(100)
            let survivor = JobRunner(queue: queue, gate: nil, health: nil, settings: settings, logger: .test)
            let running = Task { try await survivor.run() }
            await runs.waitFor(1)
            #expect(runs.ids == [2], "the survivor ran it as the second attempt")
            try await eventually { try await fixture.count("SELECT count(*) FROM jobs_archive WHERE id = $1 AND state = 'completed'", [job.id]) == 1 }
            survivor.stop()
            try await running.value
        }
    }

    @Test func healthFollowsTheDatabase() async throws {
        let cluster = try await PrivateCluster.start()
        defer { cluster.stopLater() }
        let pool = PostgresPool(settings: try ConnectionSettings(conninfo: cluster.conninfo), size: 2, logger: .test)
        _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
        let health = DaemonHealth()
        var settings = JobRunner.Settings()
        settings.runsScheduler = false
        let runner = JobRunner(queue: JobQueue(database: pool, handlers: JobHandlers()), gate: nil, health: health, settings: settings, logger: .test)
        let running = Task { try await runner.run() }
        await runner.waitUntilStarted()
        try await eventually { await health.jobSystemHealthy == true }

        try await cluster.stop()
        try await eventually { await health.jobSystemHealthy == false }
        #expect(await health.healthReport.boss == "fail")

        try await cluster.restart()
        try await eventually(within: .seconds(30)) { await health.jobSystemHealthy == true }
        runner.stop()
        try await running.value
        #expect(await health.jobSystemHealthy == nil, "a stopped job system no longer reports")
        await pool.close()
    }
}

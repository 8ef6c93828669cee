import Foundation
import Prometheus
import Shared
import Testing
@testable import odysseyd

@Suite("Job queue")
struct JobQueueTests {
    @Test func enqueueAndClaimRunsHighestPriorityFirstThenOldest() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            let low = try await queue.enqueue(JobRequest("duel.round.close", payloadJSON: #"{"duel": 1}"#))
            fixture.clock.advance(by: .seconds(1))
            var urgent = JobRequest("duel.round.close", payloadJSON: #"{"duel": 2}"#)
            urgent.priority = 10
            let high = try await queue.enqueue(urgent)
            let claimed = try await queue.claim(name: "duel.round.close", limit: 1, worker: "w1")
            #expect(claimed.map(\.id) == [high.id])
            #expect(claimed.first?.attempt == 1)
            #expect(claimed.first?.payload == #"{"duel": 2}"#)
            #expect(try await queue.claim(name: "duel.round.close", limit: 5, worker: "w1").map(\.id) == [low.id])
            #expect(try await queue.claim(name: "duel.round.close", limit: 5, worker: "w1").isEmpty)
        }
    }

    @Test func claimUsesThePartialIndex() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            _ = try await queue.enqueue(batch: (0..<2000).map { _ in JobRequest("public.post.publish") }, on: fixture.pool)
            _ = try await fixture.pool.query("ANALYZE jobs")
            let plan = try await fixture.pool.query("""
                EXPLAIN SELECT id FROM jobs WHERE name = 'public.post.publish' AND state IN ('waiting', 'retrying')
                AND run_at <= '2100-01-01' ORDER BY priority DESC, run_at, id LIMIT 10 FOR UPDATE SKIP LOCKED
                """).rows.map { try $0.decode(String.self, at: 0) }.joined(separator: "\n")
            #expect(plan.contains("jobs_claim"), "\(plan)")
            #expect(!plan.contains("Sort"), "the index gives the order: \(plan)")
        }
    }

    @Test func delayedJobStartsOnlyWhenDue() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            var request = JobRequest("mediator.repair.tick")
            request.startAfter = .delay(.seconds(120))
            let job = try await queue.enqueue(request)
            #expect(job.runAt == JobFixture.start.addingTimeInterval(120))
            #expect(try await queue.claim(name: "mediator.repair.tick", limit: 1, worker: "w").isEmpty)
            #expect(try await queue.nextRunAt(name: "mediator.repair.tick") == job.runAt)
            fixture.clock.advance(by: .seconds(119))
            #expect(try await queue.claim(name: "mediator.repair.tick", limit: 1, worker: "w").isEmpty)
            fixture.clock.advance(by: .seconds(1))
            #expect(try await queue.claim(name: "mediator.repair.tick", limit: 1, worker: "w").map(\.id) == [job.id])
        }
    }

    @Test func concurrentSingletonEnqueuesCollapseIntoOneWaitingJob() async throws {
        try await JobFixture.with(poolSize: 8) { fixture in
            let queue = fixture.queue()
            let ids = try await withThrowingTaskGroup(of: EnqueuedJob.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        var request = JobRequest("duel.scoreboard.refresh")
                        request.singletonKey = "projection:duel_scoreboard:1:7"
                        return try await queue.enqueue(request)
                    }
                }
                return try await group.reduce(into: [EnqueuedJob]()) { $0.append($1) }
            }
            #expect(Set(ids.map(\.id)).count == 1)
            #expect(ids.filter(\.created).count == 1)
            #expect(try await fixture.count("SELECT count(*) FROM jobs") == 1)
        }
    }

    @Test func aRunningSingletonDoesNotBlockTheNextRefresh() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            var request = JobRequest("raid.progress.refresh")
            request.singletonKey = "projection:raid_progress:1:active"
            let first = try await queue.enqueue(request)
            let running = try await queue.claim(name: "raid.progress.refresh", limit: 1, worker: "w")
            #expect(running.map(\.id) == [first.id])
            // A change during the refresh asks for another: it must happen after this one.
            let second = try await queue.enqueue(request)
            #expect(second.created && second.id != first.id)
            let third = try await queue.enqueue(request)
            #expect(!third.created && third.id == second.id)
            #expect(try await queue.complete([FinishedRun(id: first.id, attempt: 1)], worker: "w") == 1)
            #expect(try await queue.claim(name: "raid.progress.refresh", limit: 5, worker: "w").map(\.id) == [second.id])
        }
    }

    @Test func singletonWindowAlignsTheStartToTheNextWindow() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            fixture.clock.advance(by: .seconds(3))
            var request = JobRequest("pair.home.refresh")
            request.singletonKey = "projection:pair_home:1:2"
            request.singletonWindow = .seconds(10)
            let job = try await queue.enqueue(request)
            #expect(job.runAt == JobFixture.start.addingTimeInterval(10))
        }
    }

    @Test func enqueueInARolledBackTransactionLeavesNoJob() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await fixture.pool.withTransaction { tx in
                    _ = try await tx.query("INSERT INTO settings (key, value) VALUES ('probe', '1')")
                    _ = try await queue.enqueue(JobRequest("weekly.raid.start"), on: tx)
                    throw Refused()
                }
            }
            #expect(try await fixture.count("SELECT count(*) FROM jobs") == 0)
            #expect(try await fixture.count("SELECT count(*) FROM settings WHERE key = 'probe'") == 0)

            try await fixture.pool.withTransaction { tx in
                _ = try await tx.query("INSERT INTO settings (key, value) VALUES ('probe', '1')")
                _ = try await queue.enqueue(JobRequest("weekly.raid.start"), on: tx)
            }
            #expect(try await fixture.count("SELECT count(*) FROM jobs") == 1)
        }
    }

    @Test func failuresRetryWithExponentialBackoffThenDeadLetter() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue(jitter: 0.5)
            var request = JobRequest("public.post.publish")
            request.retry = RetryPolicy(maxAttempts: 3, delay: .seconds(4), backoff: true)
            let job = try await queue.enqueue(request)

            // Attempt 1 fails: 4 s × 2⁰, equal jitter at 0.5 → 3 s.
            let first = try #require(try await queue.claim(name: "public.post.publish", limit: 1, worker: "w").first)
            let retryAt = JobFixture.start.addingTimeInterval(3)
            #expect(try await queue.fail(first, worker: "w", error: "HTTP 500", permanent: false) == .retrying(at: retryAt))
            fixture.clock.advance(by: .milliseconds(2999))
            #expect(try await queue.claim(name: "public.post.publish", limit: 1, worker: "w").isEmpty)
            fixture.clock.advance(by: .milliseconds(1))

            // Attempt 2 fails: 4 s × 2¹ → 6 s.
            let second = try #require(try await queue.claim(name: "public.post.publish", limit: 1, worker: "w").first)
            #expect(second.attempt == 2)
            #expect(try await queue.fail(second, worker: "w", error: "HTTP 502", permanent: false) == .retrying(at: fixture.clock.now().addingTimeInterval(6)))
            fixture.clock.advance(by: .seconds(6))

            // Attempt 3 is the last: into the dead letter with every error kept.
            let third = try #require(try await queue.claim(name: "public.post.publish", limit: 1, worker: "w").first)
            #expect(try await queue.fail(third, worker: "w", error: "HTTP 503", permanent: false) == .failed)
            #expect(try await fixture.count("SELECT count(*) FROM jobs") == 0)
            #expect(try await fixture.count("SELECT count(*) FROM jobs_dead_letter WHERE id = $1", [job.id]) == 1)

            let detail = try #require(try await JobInspector(queue: queue).job(job.id))
            #expect(detail.job.state == .failed)
            #expect(detail.job.lastError == "HTTP 503")
            #expect(detail.errors.map(\.message) == ["HTTP 500", "HTTP 502", "HTTP 503"])
            #expect(detail.errors.map(\.attempt) == [1, 2, 3])
        }
    }

    @Test func retryDelayGrowsAndIsCapped() {
        let policy = RetryPolicy(maxAttempts: 50, delay: .seconds(1), backoff: true, maximumDelay: .seconds(60))
        #expect(policy.delay(afterAttempt: 1, jitter: 0) == .milliseconds(500))
        #expect(policy.delay(afterAttempt: 1, jitter: 1) == .seconds(1))
        #expect(policy.delay(afterAttempt: 4, jitter: 1) == .seconds(8))
        #expect(policy.delay(afterAttempt: 40, jitter: 1) == .seconds(60))
        #expect(RetryPolicy(maxAttempts: 3, delay: .seconds(7), backoff: false).delay(afterAttempt: 3, jitter: 0.9) == .seconds(7))
    }

    @Test func aPermanentFailureSkipsTheRemainingAttempts() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            let job = try await queue.enqueue(JobRequest("weekly.checkin.nudge"))
            let claimed = try #require(try await queue.claim(name: "weekly.checkin.nudge", limit: 1, worker: "w").first)
            #expect(try await queue.fail(claimed, worker: "w", error: "bad payload", permanent: true) == .failed)
            #expect(try await fixture.count("SELECT count(*) FROM jobs_archive WHERE id = $1 AND state = 'failed' AND attempts = 1", [job.id]) == 1)
        }
    }

    @Test func aVanishedWorkersJobIsTakenBackAndItsLateCompletionIgnored() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            let job = try await queue.enqueue(JobRequest("duel.round.close"))
            _ = try await queue.claim(name: "duel.round.close", limit: 1, worker: "killed")

            // Heartbeats stop when the worker's process dies; 39 s later it is not yet stale.
            fixture.clock.advance(by: .seconds(39))
            let early = try await queue.rescue(staleBefore: fixture.clock.now().addingTimeInterval(-40), grace: .seconds(40))
            #expect(early.retried.isEmpty)
            fixture.clock.advance(by: .seconds(2))
            let rescued = try await queue.rescue(staleBefore: fixture.clock.now().addingTimeInterval(-40), grace: .seconds(40))
            #expect(rescued.retried == [job.id])

            let again = try #require(try await queue.claim(name: "duel.round.close", limit: 1, worker: "alive").first)
            #expect(again.attempt == 2)
            // The dead worker's completion (attempt 1) arrives late: it changes nothing.
            #expect(try await queue.complete([FinishedRun(id: job.id, attempt: 1)], worker: "killed") == 0)
            #expect(try await queue.fail(try #require(try await claimedCopy(of: again, attempt: 1, fixture: fixture)), worker: "killed", error: "late", permanent: false) == nil)
            // A rescue now must not touch the live run.
            #expect(try await queue.rescue(staleBefore: fixture.clock.now().addingTimeInterval(-40), grace: .seconds(40)).retried.isEmpty)
            #expect(try await queue.complete([FinishedRun(id: job.id, attempt: 2)], worker: "alive") == 1)
            let detail = try #require(try await JobInspector(queue: queue).job(job.id))
            #expect(detail.job.state == .completed)
            #expect(detail.errors.first?.message.contains("stopped heartbeating") == true)
        }
    }

    @Test func heartbeatsKeepALongJobFromBeingTakenBack() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            _ = try await queue.enqueue(JobRequest("weekly.horoscope.publish"))
            _ = try await queue.claim(name: "weekly.horoscope.publish", limit: 1, worker: "busy")
            for _ in 0..<6 {
                fixture.clock.advance(by: .seconds(10))
                try await queue.heartbeat(worker: "busy")
                #expect(try await queue.rescue(staleBefore: fixture.clock.now().addingTimeInterval(-40), grace: .seconds(40)).retried.isEmpty)
            }
        }
    }

    @Test func aJobPastItsExpiryIsTakenBackEvenWithHeartbeats() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            var request = JobRequest("public.post.publish")
            request.expireAfter = .seconds(30)
            let job = try await queue.enqueue(request)
            _ = try await queue.claim(name: "public.post.publish", limit: 1, worker: "stuck")
            fixture.clock.advance(by: .seconds(71))
            try await queue.heartbeat(worker: "stuck")
            let rescued = try await queue.rescue(staleBefore: fixture.clock.now().addingTimeInterval(-40), grace: .seconds(40))
            #expect(rescued.retried == [job.id])
            #expect(try await JobInspector(queue: queue).job(job.id)?.job.lastError?.hasPrefix("expired") == true)
        }
    }

    @Test func aStuckJobOnItsLastAttemptGoesToTheDeadLetter() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            var request = JobRequest("weekly.raid.end")
            request.retry = RetryPolicy(maxAttempts: 1, delay: .seconds(1), backoff: false)
            let job = try await queue.enqueue(request)
            _ = try await queue.claim(name: "weekly.raid.end", limit: 1, worker: "killed")
            fixture.clock.advance(by: .seconds(60))
            let rescued = try await queue.rescue(staleBefore: fixture.clock.now().addingTimeInterval(-40), grace: .seconds(40))
            #expect(rescued.failed == [job.id])
            #expect(try await fixture.count("SELECT count(*) FROM jobs_dead_letter") == 1)
        }
    }

    @Test func retryCancelAndPurgeFromTheOperator() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            let inspector = JobInspector(queue: queue)
            let job = try await queue.enqueue(JobRequest("monthly.hall.refresh"))
            let claimed = try #require(try await queue.claim(name: "monthly.hall.refresh", limit: 1, worker: "w").first)
            await #expect(throws: JobInspectorError.self) { try await inspector.cancel(job.id) }
            _ = try await queue.fail(claimed, worker: "w", error: "no channel", permanent: true)

            let retried = try await inspector.retry(job.id)
            #expect(retried.job.state == .waiting && retried.job.attempts == 0)
            await #expect(throws: JobInspectorError.self) { try await inspector.retry(job.id) }

            let cancelled = try await inspector.cancel(job.id)
            #expect(cancelled.job.state == .cancelled)
            #expect(try await inspector.purge("monthly.hall.refresh", state: .cancelled) == 1)
            await #expect(throws: JobInspectorError.self) { try await inspector.purge("monthly.hall.refresh", state: .waiting) }
            #expect(try await inspector.job(job.id) == nil)
        }
    }

    @Test func queueSummariesCountEveryState() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            let name = "daily.raid.offers.generate"
            _ = try await queue.enqueue(JobRequest(name))
            _ = try await queue.enqueue(JobRequest(name))
            var later = JobRequest(name)
            later.startAfter = .delay(.seconds(600))
            _ = try await queue.enqueue(later)
            let running = try await queue.claim(name: name, limit: 1, worker: "w")
            _ = try await queue.complete(running.map { FinishedRun(id: $0.id, attempt: $0.attempt) }, worker: "w")
            fixture.clock.advance(by: .seconds(30))

            let summary = try #require(try await JobInspector(queue: queue).queues().first { $0.name == name })
            #expect(summary.waiting == 1)
            #expect(summary.delayed == 1)
            #expect(summary.active == 0)
            #expect(summary.completedLastHour == 1)
            #expect(summary.oldestWaitingSeconds == 30)
            #expect(summary.hasHandler == false)
            let names = try await JobInspector(queue: queue).queues().map(\.name)
            #expect(Set(JobCatalog.all.map(\.name)).isSubset(of: Set(names)))
        }
    }

    @Test func invalidRequestsAreRefusedBeforeTheDatabase() async throws {
        try await JobFixture.with { fixture async throws in
            let queue = fixture.queue()
            await #expect(throws: JobQueueError.self) { try await queue.enqueue(JobRequest("Not A Name")) }
            var request = JobRequest("duel.round.close")
            request.retry = RetryPolicy(maxAttempts: 0, delay: .seconds(1), backoff: false)
            await #expect(throws: JobQueueError.self) { try await queue.enqueue(request) }
            await #expect(throws: DatabaseError.self) { try await queue.enqueue(JobRequest("duel.round.close", payloadJSON: "{not json")) }
            #expect(try await fixture.count("SELECT count(*) FROM jobs") == 0)
        }
    }

    @Test func archivePurgeDeletesOnlyOldFinishedJobs() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            for _ in 0..<3 {
                let job = try await queue.enqueue(JobRequest("duel.round.close"))
                _ = try await queue.claim(name: "duel.round.close", limit: 1, worker: "w")
                _ = try await queue.complete([FinishedRun(id: job.id, attempt: 1)], worker: "w")
                fixture.clock.advance(by: .seconds(86_400))
            }
            #expect(try await queue.purgeArchive(finishedBefore: fixture.clock.now().addingTimeInterval(-86_400 * 2 + 1), batch: 1) == 2)
            #expect(try await fixture.count("SELECT count(*) FROM jobs_archive") == 1)
        }
    }

    /// The same run as another worker would remember it.
    private func claimedCopy(of job: ClaimedJob, attempt: Int, fixture: JobFixture) async throws -> ClaimedJob? {
        let row = try await fixture.pool.query(
            "SELECT \(ClaimedJob.columns(of: "jobs")) FROM jobs WHERE id = $1", [job.id]
        ).first
        guard let row else { return nil }
        let current = try ClaimedJob(row: row)
        return ClaimedJob(copying: current, attempt: attempt)
    }
}

extension ClaimedJob {
    init(copying job: ClaimedJob, attempt: Int) {
        self.init(id: job.id, name: job.name, payload: job.payload, payloadVersion: job.payloadVersion, attempt: attempt,
                          maxAttempts: job.maxAttempts, retry: job.retry, expireAfter: job.expireAfter, singletonKey: job.singletonKey,
                          createdAt: job.createdAt, runAt: job.runAt, startedAt: job.startedAt)
    }
}

@Suite("Job metrics")
struct JobMetricsTests {
    @Test func scrapeShowsQueueDepthsPerNameAndState() async throws {
        try await JobFixture.with { fixture in
            let queue = fixture.queue()
            _ = try await queue.enqueue(JobRequest("duel.round.close"))
            _ = try await queue.enqueue(JobRequest("duel.round.close"))
            var later = JobRequest("duel.round.close")
            later.startAfter = .delay(.seconds(60))
            _ = try await queue.enqueue(later)

            let metrics = DaemonMetrics(registry: PrometheusCollectorRegistry(), jobs: JobInspector(queue: queue))
            let health = DaemonHealth()
            await health.setJobSystem(healthy: true)
            await metrics.update(from: health, pool: fixture.pool)
            let text = String(decoding: metrics.render(), as: UTF8.self)
            #expect(text.contains(#"odyssey_job_queue_depth{name="duel.round.close",state="waiting"} 2"#), "\(text)")
            #expect(text.contains(#"odyssey_job_queue_depth{name="duel.round.close",state="delayed"} 1"#))
            #expect(text.contains(#"odyssey_job_queue_depth{name="weekly.raid.start",state="waiting"} 0"#))
            #expect(text.contains("odyssey_job_system_up 1"))
        }
    }
}

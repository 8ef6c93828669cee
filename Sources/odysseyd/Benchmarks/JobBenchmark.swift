import Foundation
import Logging
import Synchronization

/// The job system's fixed workloads: enqueue rate, steady processing with one producer and five
/// consumers, draining a backlog, and enqueue-to-start latency on an idle queue.
///
/// Consumers are whole ``JobRunner``s, each with its own worker id and `LISTEN` connection, as
/// five daemons would be; the handler does nothing, so the figures are the queue's own cost.
struct JobBenchmark {
    let settings: ConnectionSettings
    let logger: Logger

    static let jobName = "bench.noop"
    var consumers = 5
    /// Slots per consumer: what one claim can take at once.
    static let concurrency = 32

    struct Report: Codable {
        var enqueueSinglePerSecond: Double
        var enqueueBatchedPerSecond: Double
        var enqueueBatchesOfTenPerSecond: Double
        var processingPerSecond: Double
        var processingSeconds: Double
        var drainJobs: Int
        var drainSeconds: Double
        var latencyP50Milliseconds: Double
        var latencyP99Milliseconds: Double
    }

    func run(seconds: Int, backlog: Int, samples: Int, print: (String) -> Void) async throws -> Report {
        let pool = PostgresPool(settings: settings, size: 16, logger: logger)
        defer { Task { await pool.close() } }
        let migrations = try MigrationDirectory.load(from: DaemonConfiguration.defaultMigrationsDirectory())
        _ = try await Migrator(pool: pool, files: migrations, logger: logger).apply()
        try await reset(pool)

        let server = try await pool.query("SHOW server_version").first?.decode(String.self, at: 0) ?? "?"
        let durability = try await pool.query("SELECT current_setting('fsync') || '/' || current_setting('synchronous_commit')").first?.decode(String.self, at: 0) ?? "?"
        print("PostgreSQL \(server), fsync/synchronous_commit \(durability); \(consumers) consumers × \(Self.concurrency) slots")

        let counter = Counter()
        var handlers = JobHandlers(definitions: [])
        handlers.register(Self.jobName, definition: JobDefinition(Self.jobName, concurrency: Self.concurrency)) { context in
            counter.finished(context.job.id)
        }
        let queue = JobQueue(database: pool, handlers: handlers)

        // 1. Enqueue: one job per statement from 8 producers, then batches of 100.
        let single = try await timed(jobs: 10_000) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { for _ in 0..<1250 { _ = try await queue.enqueue(JobRequest(Self.jobName)) } }
                }
                try await group.waitForAll()
            }
        }
        let batched = try await timed(jobs: 50_000) {
            for _ in 0..<500 {
                _ = try await queue.enqueue(batch: Array(repeating: JobRequest(Self.jobName), count: 100), on: pool)
            }
        }
        let tens = try await timed(jobs: 20_000) {
            for _ in 0..<2000 {
                _ = try await queue.enqueue(batch: Array(repeating: JobRequest(Self.jobName), count: 10), on: pool)
            }
        }
        print(String(format: "enqueue: %.0f jobs/s one per statement (8 producers), %.0f jobs/s in batches of 100, %.0f jobs/s in batches of 10 (one producer)", single, batched, tens))
        try await reset(pool)

        // 2. Steady state: one producer enqueuing batches of 10 as fast as it can, five consumers.
        let runners = startRunners(queue: queue)
        for (runner, _) in runners { await runner.waitUntilStarted() }
        let producing = StopFlag()
        let producer = Task {
            while !producing.isSet {
                _ = try await queue.enqueue(batch: Array(repeating: JobRequest(Self.jobName), count: 10), on: pool)
            }
        }
        let startCount = counter.count
        let start = ContinuousClock.now
        try await Task.sleep(for: .seconds(seconds))
        let processed = counter.count - startCount
        let elapsed = (ContinuousClock.now - start).seconds
        producing.set()
        try await producer.value
        let processingRate = Double(processed) / elapsed
        print(String(format: "processing: %.0f jobs/s over %.1f s (%d jobs; producer: batches of 10)", processingRate, elapsed, processed))
        try await stop(runners)
        try await reset(pool)

        // 3. Drain: a backlog enqueued first, then the consumers start.
        for offset in stride(from: 0, to: backlog, by: 1000) {
            _ = try await queue.enqueue(batch: Array(repeating: JobRequest(Self.jobName), count: min(1000, backlog - offset)), on: pool)
        }
        let drainStart = ContinuousClock.now
        let drainers = startRunners(queue: queue)
        while try await pool.query("SELECT EXISTS (SELECT 1 FROM jobs)").first?.decode(Bool.self, at: 0) == true {
            try await Task.sleep(for: .milliseconds(5))
        }
        let drainSeconds = (ContinuousClock.now - drainStart).seconds
        print(String(format: "drain: %d jobs in %.2f s (%.0f jobs/s), from consumers starting to an empty queue", backlog, drainSeconds, Double(backlog) / drainSeconds))
        try await stop(drainers)
        try await reset(pool)

        // 4. Latency: one idle consumer; enqueue, wait for the handler to start, repeat.
        let idle = startRunners(queue: queue, count: 1)
        await idle[0].0.waitUntilStarted()
        var latencies: [Double] = []
        counter.recordsStarts.store(true, ordering: .relaxed)
        for _ in 0..<samples {
            let before = ContinuousClock.now
            let job = try await queue.enqueue(JobRequest(Self.jobName))
            let started = await counter.waitFor(job.id)
            latencies.append((started - before).seconds * 1000)
        }
        latencies.sort()
        let p50 = latencies[latencies.count / 2]
        let p99 = latencies[min(latencies.count - 1, Int(Double(latencies.count) * 0.99))]
        print(String(format: "enqueue-to-start on an idle queue: p50 %.2f ms, p99 %.2f ms (%d samples)", p50, p99, samples))
        try await stop(idle)
        try await reset(pool)
        await pool.close()

        return Report(
            enqueueSinglePerSecond: single, enqueueBatchedPerSecond: batched, enqueueBatchesOfTenPerSecond: tens, processingPerSecond: processingRate,
            processingSeconds: elapsed, drainJobs: backlog, drainSeconds: drainSeconds,
            latencyP50Milliseconds: p50, latencyP99Milliseconds: p99
        )
    }

    private func startRunners(queue: JobQueue, count: Int? = nil) -> [(JobRunner, Task<Void, any Error>)] {
        (0..<(count ?? consumers)).map { index in
            var settings = JobRunner.Settings()
            settings.workerID = "bench-\(index)-\(UUID().uuidString.prefix(6))"
            settings.runsScheduler = false
            let runner = JobRunner(queue: queue, gate: nil, health: nil, settings: settings, logger: logger)
            return (runner, Task { try await runner.run() })
        }
    }

    private func stop(_ runners: [(JobRunner, Task<Void, any Error>)]) async throws {
        for (runner, _) in runners { runner.stop() }
        for (_, task) in runners { try await task.value }
    }

    private func timed(jobs: Int, _ body: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await body()
        return Double(jobs) / (ContinuousClock.now - start).seconds
    }

    /// Empties the job tables between workloads. No ANALYZE: keeping the planner's view of a
    /// table whose size swings is the job system's own business (per-table autovacuum settings,
    /// plans made per call).
    private func reset(_ pool: PostgresPool) async throws {
        _ = try await pool.query("TRUNCATE jobs, jobs_archive")
    }

    /// Counts handler runs and lets the latency loop wait for one job's start.
    final class Counter: Sendable {
        private struct State {
            var count = 0
            var started: [Int64: ContinuousClock.Instant] = [:]
            var waiter: (id: Int64, continuation: CheckedContinuation<ContinuousClock.Instant, Never>)?
        }

        private let state = Mutex(State())
        /// Start times are kept only while the latency loop runs, or they would pile up.
        let recordsStarts = Atomic<Bool>(false)

        var count: Int { state.withLock { $0.count } }

        func finished(_ id: Int64) {
            let now = ContinuousClock.now
            let waiter = state.withLock { state -> CheckedContinuation<ContinuousClock.Instant, Never>? in
                state.count += 1
                if let waiter = state.waiter, waiter.id == id {
                    state.waiter = nil
                    return waiter.continuation
                }
                if recordsStarts.load(ordering: .relaxed) { state.started[id] = now }
                return nil
            }
            waiter?.resume(returning: now)
        }

        func waitFor(_ id: Int64) async -> ContinuousClock.Instant {
            await withCheckedContinuation { continuation in
                let already = state.withLock { state -> ContinuousClock.Instant? in
                    if let instant = state.started.removeValue(forKey: id) { return instant }
                    state.waiter = (id, continuation)
                    return nil
                }
                if let already { continuation.resume(returning: already) }
            }
        }
    }
}

import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The job system as a service: once the schema is current it runs one ``QueueWorker`` per job
/// name, the `LISTEN` connection that wakes them, the ``Scheduler``, heartbeats, the rescue of
/// jobs whose worker vanished, and the archive purge.
///
/// On graceful shutdown it stops fetching, gives running jobs until ``Settings/drainTimeout``,
/// puts the rest back for another worker and records what finished, before the pool closes.
///
/// ```swift
/// let runner = JobRunner(queue: queue, gate: gate, health: health, settings: .init(), logger: logger)
/// // in the service group, after the pool: it stops before the pool does
/// ```
final class JobRunner: Service, Sendable {
    struct Settings: Sendable {
        /// Unique per daemon run; it marks the jobs this daemon holds.
        var workerID = "\(Self.hostName):\(getpid()):\(UUID().uuidString.prefix(8).lowercased())"
        var heartbeatInterval: Duration = .seconds(10)
        /// A running job whose heartbeat is older than this is taken back.
        var staleAfter: Duration = .seconds(40)
        var rescueInterval: Duration = .seconds(10)
        var retention: Duration = .seconds(7 * 86_400)
        var purgeInterval: Duration = .seconds(3600)
        var drainTimeout: Duration = .seconds(20)
        /// The scheduler re-reads schedules at least this often (other daemons may change them).
        var schedulePoll: Duration = .seconds(30)
        var runsScheduler = true

        /// `gethostname(2)`, not `ProcessInfo.hostName`, which may wait on DNS.
        static var hostName: String {
            var buffer = [CChar](repeating: 0, count: 256)
            guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    let queue: JobQueue
    let scheduler: Scheduler
    let settings: Settings
    private let gate: SchemaGate?
    private let health: DaemonHealth?
    private let logger: Logger
    private let workers: [String: QueueWorker]
    private let completions: CompletionBuffer
    private let schedulerBell = WakeSignal()
    private let stopping = StopFlag()
    private let listening = Atomic<Bool>(false)
    private let started = Latch()

    init(queue: JobQueue, gate: SchemaGate?, health: DaemonHealth?, settings: Settings, logger: Logger) {
        self.queue = queue
        self.scheduler = Scheduler(queue: queue, logger: logger)
        self.settings = settings
        self.gate = gate
        self.health = health
        self.logger = logger
        let completions = CompletionBuffer(queue: queue, worker: settings.workerID, logger: logger)
        self.completions = completions
        var workers: [String: QueueWorker] = [:]
        for name in queue.handlers.names {
            guard let definition = queue.handlers.definition(for: name) else { continue }
            workers[name] = QueueWorker(
                definition: definition, handler: queue.handlers.handler(for: name), queue: queue,
                workerID: settings.workerID, completions: completions, logger: logger
            )
        }
        self.workers = workers
    }

    /// Healthy while the listener is connected and every queue can fetch.
    var isHealthy: Bool {
        listening.load(ordering: .relaxed) && !workers.values.contains { $0.isClaimFailing }
    }

    /// Returns once workers are fetching and the listener is connected (for tests and benchmarks).
    func waitUntilStarted() async {
        await started.wait()
    }

    /// Wakes the scheduler, e.g. after a schedule was switched on through this daemon.
    func scheduleChanged() {
        schedulerBell.ring()
    }

    func run() async throws {
        if let gate {
            await cancelWhenGracefulShutdown { await gate.waitUntilRunning() }
            guard !Task.isShuttingDownGracefully, !Task.isCancelled else { return }
        }
        logger.info("job system starting", metadata: ["worker": "\(settings.workerID)", "queues": "\(workers.count)"])
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { support in
                support.addTask { await self.listen() }
                support.addTask { await self.completions.run() }
                support.addTask { await self.maintain() }
                if self.settings.runsScheduler {
                    support.addTask { await self.schedule() }
                }
                await withDiscardingTaskGroup { group in
                    for worker in self.workers.values {
                        group.addTask { await worker.run(until: self.stopping, drainTimeout: self.settings.drainTimeout) }
                    }
                }
                // Workers are done: the flusher's last round records what they finished.
                support.cancelAll()
            }
        } onGracefulShutdown: {
            self.stop()
        }
        await health?.setJobSystem(healthy: nil)
        logger.info("job system stopped")
    }

    /// Stops fetching; running jobs get ``Settings/drainTimeout`` to finish.
    func stop() {
        stopping.set()
        workers.values.forEach { $0.bell.ring() }
    }

    private func listen() async {
        var failures = 0
        while !Task.isCancelled {
            do {
                let notifications = PostgresListener.listen(settings: queue.database.settings, channels: [JobQueue.channel, Scheduler.channel])
                for try await notification in notifications {
                    if PostgresListener.isListeningMarker(notification) {
                        listening.store(true, ordering: .relaxed)
                        failures = 0
                        await reportHealth()
                        await started.open()
                        // Anything enqueued while no one listened: look now.
                        workers.values.forEach { $0.nextDueMayHaveChanged() }
                        schedulerBell.ring()
                    } else if notification.channel == JobQueue.channel {
                        if notification.payload.hasSuffix(JobQueue.laterSuffix) {
                            workers[String(notification.payload.dropLast(JobQueue.laterSuffix.count))]?.nextDueMayHaveChanged()
                        } else {
                            workers[notification.payload]?.bell.ring()
                        }
                    } else {
                        schedulerBell.ring()
                    }
                }
            } catch {
                logger.warning("job listener lost its connection; reconnecting", metadata: ["error": "\(error)"])
            }
            listening.store(false, ordering: .relaxed)
            await reportHealth()
            failures += 1
            try? await Task.sleep(for: .milliseconds(min(200 * (1 << min(failures, 5)), 5000)))
        }
    }

    private func maintain() async {
        let clock = ContinuousClock()
        var nextHeartbeat = clock.now + settings.heartbeatInterval
        var nextRescue = clock.now
        var nextPurge = clock.now + .seconds(5)
        while !Task.isCancelled {
            workers.values.forEach { $0.cancelExpiredRuns() }
            await reportHealth()
            let now = clock.now
            if now >= nextHeartbeat {
                nextHeartbeat = now + settings.heartbeatInterval
                do { try await queue.heartbeat(worker: settings.workerID) } catch {
                    logger.warning("job heartbeat failed", metadata: ["error": "\(error)"])
                }
            }
            if now >= nextRescue {
                nextRescue = now + settings.rescueInterval
                await rescue()
            }
            if now >= nextPurge {
                nextPurge = now + settings.purgeInterval
                await purge()
            }
            try? await Task.sleep(for: .seconds(1))
        }
    }

    func rescue() async {
        do {
            let staleBefore = queue.clock.now().addingTimeInterval(-settings.staleAfter.seconds)
            let report = try await queue.rescue(staleBefore: staleBefore, grace: settings.staleAfter)
            if !report.retried.isEmpty || !report.failed.isEmpty {
                logger.warning("took back jobs whose worker stopped or that ran past their expiry", metadata: [
                    "retrying": "\(report.retried)", "failed": "\(report.failed)",
                ])
            }
        } catch {
            logger.warning("job rescue failed", metadata: ["error": "\(error)"])
        }
    }

    private func purge() async {
        do {
            let cutoff = queue.clock.now().addingTimeInterval(-settings.retention.seconds)
            let purged = try await queue.purgeArchive(finishedBefore: cutoff)
            if purged > 0 {
                logger.info("purged archived jobs", metadata: ["count": "\(purged)", "finished_before": "\(cutoff)"])
            }
        } catch {
            logger.warning("job archive purge failed", metadata: ["error": "\(error)"])
        }
    }

    private func schedule() async {
        while !Task.isCancelled {
            var wait = settings.schedulePoll
            do {
                let report = try await scheduler.tick()
                if let next = report.nextDue {
                    let seconds = next.timeIntervalSince(queue.clock.now())
                    wait = min(wait, .milliseconds(Int64(max(seconds, 0) * 1000) + 5))
                }
            } catch {
                logger.warning("scheduler tick failed", metadata: ["error": "\(error)"])
                wait = .seconds(5)
            }
            await schedulerBell.wait(timeout: wait)
        }
    }

    private func reportHealth() async {
        await health?.setJobSystem(healthy: isHealthy)
    }

    /// Per-queue running counts, for inspection.
    func runningCounts() -> [String: (running: Int, concurrency: Int)] {
        workers.mapValues { ($0.runningCount, $0.definition.concurrency) }
    }
}

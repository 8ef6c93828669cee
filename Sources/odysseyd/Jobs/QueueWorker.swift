import Foundation
import Logging
import Metrics
import Shared
import Synchronization

/// Runs the jobs of one name: claims as many as it has free slots, runs each in its own task,
/// and sleeps until `NOTIFY` (or a finished job, or the next delayed job's time) rings its bell.
///
/// ```swift
/// let worker = QueueWorker(definition: definition, handler: handler, queue: queue, workerID: id,
///                          completions: completions, logger: logger)
/// await worker.run(until: stopping)
/// ```
final class QueueWorker: Sendable {
    let definition: JobDefinition
    let bell = WakeSignal()
    private let handler: JobHandlers.Handler?
    private let queue: JobQueue
    private let workerID: String
    private let completions: CompletionBuffer
    private let logger: Logger
    /// With `NOTIFY` as the wake-up, this poll only covers a listener that is reconnecting.
    private let fallbackPoll: Duration
    private let inFlight = Mutex<[Int64: InFlightRun]>([:])
    private let claimFailing = Atomic<Bool>(false)
    /// Set when a job of this name became due later (delayed, retrying): the next idle moment
    /// looks up when, instead of looking after every empty claim.
    private let nextDueUnknown = Atomic<Bool>(true)

    private let completed: Counter
    private let retried: Counter
    private let failed: Counter
    private let duration: Metrics.Timer

    private struct InFlightRun {
        let attempt: Int
        let deadline: ContinuousClock.Instant
        var task: Task<Void, Never>?
        var released = false
        var expired = false
    }

    init(
        definition: JobDefinition, handler: JobHandlers.Handler?, queue: JobQueue, workerID: String,
        completions: CompletionBuffer, logger: Logger, fallbackPoll: Duration = .seconds(5)
    ) {
        self.definition = definition
        self.handler = handler
        self.queue = queue
        self.workerID = workerID
        self.completions = completions
        self.logger = logger
        self.fallbackPoll = fallbackPoll
        let name = [("name", definition.name)]
        completed = Counter(label: "odyssey_jobs_total", dimensions: name + [("outcome", "completed")])
        retried = Counter(label: "odyssey_jobs_total", dimensions: name + [("outcome", "retrying")])
        failed = Counter(label: "odyssey_jobs_total", dimensions: name + [("outcome", "failed")])
        duration = Metrics.Timer(label: "odyssey_job_duration_seconds", dimensions: name, preferredDisplayUnit: .seconds)
    }

    var runningCount: Int { inFlight.withLock { $0.count } }
    var isClaimFailing: Bool { claimFailing.load(ordering: .relaxed) }

    /// A job of this name will be due at a time this worker may not know.
    func nextDueMayHaveChanged() {
        nextDueUnknown.store(true, ordering: .relaxed)
        bell.ring()
    }

    /// Claims and runs jobs until `stopping` is set or the task is cancelled, then gives running
    /// jobs until `drainTimeout` has passed to finish and puts the rest back for another worker.
    func run(until stopping: StopFlag, drainTimeout: Duration) async {
        var failures = 0
        var nextDue: Date?
        var nextDueCheckedAt = ContinuousClock.now
        while !stopping.isSet && !Task.isCancelled {
            let free = definition.concurrency - runningCount
            var sleep = fallbackPoll
            if free > 0 {
                do {
                    let jobs = try await queue.claim(name: definition.name, limit: free, worker: workerID)
                    if failures > 0 {
                        logger.notice("fetching jobs again", metadata: ["action": "\(definition.name)", "failed_attempts": "\(failures)"])
                    }
                    claimFailing.store(false, ordering: .relaxed)
                    failures = 0
                    for job in jobs { start(job) }
                    if jobs.count == free { continue }
                    // Nothing more is due. While jobs run, their ends ring the bell and the next
                    // claim looks again; only an idle worker needs the next delayed job's time,
                    // and it asks only when that may have changed (or passed, or once a minute).
                    if jobs.isEmpty {
                        let now = queue.clock.now()
                        if nextDueUnknown.exchange(false, ordering: .relaxed) || (nextDue.map { $0 <= now } ?? false)
                            || ContinuousClock.now - nextDueCheckedAt > .seconds(60) {
                            nextDue = try await queue.nextRunAt(name: definition.name)
                            nextDueCheckedAt = ContinuousClock.now
                        }
                        if let next = nextDue {
                            // Due but not claimable: another worker is claiming it right now.
                            let wait = max(next.timeIntervalSince(now), 0.01)
                            sleep = min(sleep, .milliseconds(Int64(wait * 1000) + 1))
                        }
                    }
                } catch {
                    claimFailing.store(true, ordering: .relaxed)
                    failures += 1
                    sleep = .milliseconds(min(250 * (1 << min(failures, 5)), 5000))
                    // Once per outage, not once per retry: /healthz and the metrics say it goes on.
                    if failures == 1 {
                        logger.warning("could not fetch jobs; retrying", metadata: ["action": "\(definition.name)", "error": "\(error)"])
                    }
                }
            }
            await bell.wait(timeout: sleep)
        }
        await drain(timeout: drainTimeout)
    }

    /// Cancels runs that passed their expiry; called about once a second by the runner.
    func cancelExpiredRuns(now: ContinuousClock.Instant = .now) {
        let expired = inFlight.withLock { runs -> [Task<Void, Never>] in
            var tasks: [Task<Void, Never>] = []
            for (id, run) in runs where run.deadline < now && !run.expired {
                guard let task = run.task else { continue }
                runs[id]?.expired = true
                tasks.append(task)
            }
            return tasks
        }
        expired.forEach { $0.cancel() }
    }

    private func start(_ job: ClaimedJob) {
        let deadline = ContinuousClock.now + job.expireAfter
        inFlight.withLock { $0[job.id] = InFlightRun(attempt: job.attempt, deadline: deadline) }
        let task = Task { await self.execute(job) }
        inFlight.withLock { runs in
            if runs[job.id] != nil { runs[job.id]?.task = task }
        }
    }

    private func execute(_ job: ClaimedJob) async {
        let startedAt = ContinuousClock.now
        await LogContext.withMetadata(["job_id": "\(job.id)", "action": "\(job.name)"]) {
            let outcome: Result<Void, any Error>
            if let handler {
                do {
                    try await handler(JobContext(job: job, logger: logger))
                    outcome = .success(())
                } catch {
                    outcome = .failure(error)
                }
            } else {
                outcome = .failure(PermanentJobFailure("no handler registered for \(job.name) in odysseyd \(OdysseyVersion.current)"))
            }
            let state = inFlight.withLock { $0.removeValue(forKey: job.id) }
            duration.recordNanoseconds((ContinuousClock.now - startedAt).nanosecondCount)
            defer { bell.ring() }
            // Released at shutdown: the job is already back in the queue for someone else.
            guard state?.released != true else { return }
            switch outcome {
            case .success:
                completed.increment()
                completions.add(FinishedRun(id: job.id, attempt: job.attempt))
            case .failure(let error):
                let expired = state?.expired == true
                let message = expired ? "expired: still running after \(job.expireAfter) (\(error))" : "\(error)"
                // An expired run's task is cancelled; the write must not be, or the job would
                // wait for the heartbeat rescue instead of retrying now.
                let permanent = error is PermanentJobFailure
                await Task { await self.recordFailure(job, message: message, permanent: permanent) }.value
            }
        }
    }

    private func recordFailure(_ job: ClaimedJob, message: String, permanent: Bool) async {
        for delay in [0, 100, 500, 2000] {
            if delay > 0 { try? await Task.sleep(for: .milliseconds(delay)) }
            do {
                switch try await queue.fail(job, worker: workerID, error: message, permanent: permanent) {
                case .retrying(let at)?:
                    retried.increment()
                    logger.warning("job failed; will retry", metadata: [
                        "attempt": "\(job.attempt)/\(job.maxAttempts)", "retry_at": "\(at)", "error": "\(message)",
                    ])
                case .failed?:
                    failed.increment()
                    logger.error("job failed for good", metadata: ["attempt": "\(job.attempt)/\(job.maxAttempts)", "error": "\(message)"])
                case nil:
                    logger.notice("job failed but was no longer ours (taken back meanwhile)", metadata: ["error": "\(message)"])
                }
                return
            } catch {
                logger.warning("could not record a failed job", metadata: ["error": "\(error)"])
            }
        }
        // The heartbeat rescue takes it back; it is not lost.
    }

    private func drain(timeout: Duration) async {
        let deadline = ContinuousClock.now + timeout
        // A cancelled runner (the group's bound ran out) has no time left to give.
        while runningCount > 0 && ContinuousClock.now < deadline && !Task.isCancelled {
            await bell.wait(timeout: deadline - ContinuousClock.now)
        }
        let leftovers = inFlight.withLock { runs -> [(FinishedRun, Task<Void, Never>?)] in
            var leftovers: [(FinishedRun, Task<Void, Never>?)] = []
            for (id, run) in runs {
                runs[id]?.released = true
                leftovers.append((FinishedRun(id: id, attempt: run.attempt), run.task))
            }
            return leftovers
        }
        guard !leftovers.isEmpty else { return }
        do {
            let released = try await queue.release(leftovers.map(\.0), worker: workerID)
            logger.notice("released unfinished jobs for another worker", metadata: ["action": "\(definition.name)", "count": "\(released)"])
        } catch {
            logger.warning("could not release unfinished jobs; the heartbeat rescue will take them back", metadata: [
                "action": "\(definition.name)", "error": "\(error)",
            ])
        }
        leftovers.forEach { $0.1?.cancel() }
    }
}

/// A one-way flag read from many tasks.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    func set() { flag.store(true, ordering: .relaxed) }
    var isSet: Bool { flag.load(ordering: .relaxed) }
}

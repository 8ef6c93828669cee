import Logging
import Synchronization

/// Collects finished runs and writes them in batches: one statement per flush, and a flush starts
/// as soon as the previous one ends, so under load batches grow by themselves and an idle queue
/// still completes each job at once.
///
/// Runs that fail to flush (database down) stay buffered and are retried; if the daemon dies
/// first, their jobs are taken back by the heartbeat rescue and run again (at-least-once).
final class CompletionBuffer: Sendable {
    private let pending = Mutex<[FinishedRun]>([])
    private let bell = WakeSignal()
    private let queue: JobQueue
    private let worker: String
    private let logger: Logger

    init(queue: JobQueue, worker: String, logger: Logger) {
        self.queue = queue
        self.worker = worker
        self.logger = logger
    }

    func add(_ run: FinishedRun) {
        pending.withLock { $0.append(run) }
        bell.ring()
    }

    var count: Int { pending.withLock { $0.count } }

    /// Flushes until cancelled, then once more.
    func run() async {
        var failures = 0
        while !Task.isCancelled {
            await bell.wait(timeout: .seconds(1))
            if await flush() {
                failures = 0
            } else {
                failures += 1
                try? await Task.sleep(for: .milliseconds(min(100 * (1 << min(failures, 6)), 5000)))
            }
        }
        await flush()
    }

    /// Writes what is buffered; false when the write failed (the runs stay buffered).
    @discardableResult
    func flush() async -> Bool {
        let runs = pending.withLock { pending in
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        guard !runs.isEmpty else { return true }
        do {
            try await queue.complete(runs, worker: worker)
            return true
        } catch {
            logger.warning("could not record completed jobs; will retry", metadata: ["count": "\(runs.count)", "error": "\(error)"])
            pending.withLock { $0.insert(contentsOf: runs, at: 0) }
            return false
        }
    }
}

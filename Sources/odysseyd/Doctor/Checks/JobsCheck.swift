import Foundation

/// `jobs`: no failed jobs in the dead letter, no queue whose oldest due job has waited past
/// ``backlogThreshold``, no jobs waiting for a name this daemon has no handler for.
///
/// ```swift
/// let result = await JobsCheck(inspector: JobInspector(queue: runner.queue), schemaReady: { true }).run()
/// ```
struct JobsCheck: DoctorCheck {
    let inspector: JobInspector
    let schemaReady: @Sendable () async -> Bool
    /// Due work older than this means the workers are not keeping up (or not running).
    var backlogThreshold: TimeInterval = 300
    let name = "jobs"
    let title = "Job queues"
    let summary = "no failed jobs, no backlog, no jobs without a handler"

    func run() async -> DoctorResult {
        guard await schemaReady() else { return .schemaNotReady }
        do {
            let queues = try await inspector.queues()
            var findings: [DoctorFinding] = []
            for queue in queues {
                if queue.failed > 0 {
                    findings.append(.warning("\(queue.name): \(queue.failed) failed job(s) in the dead letter"))
                }
                if let oldest = queue.oldestWaitingSeconds, oldest > backlogThreshold {
                    findings.append(.warning("\(queue.name): \(queue.waiting + queue.retrying) job(s) due, the oldest for \(Int(oldest)) s"))
                }
                if !queue.hasHandler, queue.waiting + queue.delayed + queue.retrying > 0 {
                    findings.append(.warning("\(queue.name): \(queue.waiting + queue.delayed + queue.retrying) job(s) but no handler in this daemon"))
                }
            }
            let open = queues.reduce(0) { $0 + $1.waiting + $1.delayed + $1.active + $1.retrying }
            return .combine(findings, ok: "\(queues.count) queue(s), \(open) open job(s), none failed",
                            fix: "See `odysseyctl queue show NAME` and `odysseyctl job show ID`; retry with `odysseyctl job retry ID` "
                                + "once the cause is fixed, or `odysseyctl queue purge NAME --state failed`")
        } catch {
            return .error(error, doing: "read the job queues")
        }
    }
}

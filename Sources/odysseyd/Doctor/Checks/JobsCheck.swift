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

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard await schemaReady() else { return .schemaNotReady(in: language) }
        do {
            let queues = try await inspector.queues()
            var findings: [DoctorFinding] = []
            for queue in queues {
                func line(_ finding: String) -> DoctorFinding { .warning(say(K.jobsLine, ["queue": queue.name, "finding": finding])) }
                if queue.failed > 0 {
                    findings.append(line(say.plural(K.jobsFailed, queue.failed)))
                }
                if let oldest = queue.oldestWaitingSeconds, oldest > backlogThreshold {
                    findings.append(line(say(K.jobsBacklog, ["jobs": say.plural(K.jobsCount, queue.waiting + queue.retrying),
                                                             "seconds": "\(Int(oldest))"])))
                }
                if !queue.hasHandler, queue.waiting + queue.delayed + queue.retrying > 0 {
                    findings.append(line(say(K.jobsNoHandler, ["jobs": say.plural(K.jobsCount, queue.waiting + queue.delayed + queue.retrying)])))
                }
            }
            let open = queues.reduce(0) { $0 + $1.waiting + $1.delayed + $1.active + $1.retrying }
            return .combine(findings, ok: say(K.jobsOK, ["queues": say.plural(K.jobsQueues, queues.count), "open": say.plural(K.jobsOpen, open)]),
                            fix: say(K.jobsFix), in: language)
        } catch {
            return .error(error, doing: say(K.jobsAction), in: language)
        }
    }
}

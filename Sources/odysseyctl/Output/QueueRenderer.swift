import Shared

/// `odysseyctl queue ls`, `queue show` and `queue purge` as text.
///
/// ```swift
/// print(QueueRenderer.listText(for: response))
/// // NAME              WAITING  DELAYED  ACTIVE  RETRYING  FAILED  DONE/1H  OLDEST  HANDLER
/// // duel.round.close  3        1        1       0         2       41       3m12s   yes
/// ```
enum QueueRenderer {
    static func listText(for response: QueueListResponse) -> String {
        guard !response.queues.isEmpty else {
            return "No queues."
        }
        var table = TextTable(columns: [
            "NAME", "WAITING", "DELAYED", "ACTIVE", "RETRYING", "FAILED", "DONE/1H", "OLDEST", "HANDLER",
        ])
        for queue in response.queues {
            table.append([
                queue.name,
                String(queue.waiting),
                String(queue.delayed),
                String(queue.active),
                String(queue.retrying),
                String(queue.failed),
                String(queue.completedLastHour),
                oldestText(queue),
                queue.hasHandler ? "yes" : "NONE",
            ])
        }
        var text = table.render()
        let unhandled = response.queues.filter { !$0.hasHandler }.map(\.name)
        if !unhandled.isEmpty {
            text += "\n\n" + noHandlerNote(unhandled)
        }
        return text
    }

    /// The summary as a list, then the jobs the daemon returned.
    static func detailText(for detail: QueueDetail, time: TimeText = TimeText()) -> String {
        let queue = detail.summary
        var list = KeyValueList()
        list.append("name", queue.name)
        list.append("handler", queue.hasHandler ? "yes" : "NONE: its jobs fail at once")
        list.append("concurrency", String(queue.concurrency))
        list.append("waiting", String(queue.waiting))
        list.append("delayed", String(queue.delayed))
        list.append("active", String(queue.active))
        list.append("retrying", String(queue.retrying))
        list.append("failed", String(queue.failed))
        list.append("done last hour", String(queue.completedLastHour))
        list.append("oldest waiting", oldestText(queue))
        var lines = [list.render(), ""]
        if detail.jobs.isEmpty {
            lines.append("No jobs.")
        } else {
            lines.append(jobTable(detail.jobs, time: time))
        }
        return lines.joined(separator: "\n")
    }

    static func purgedText(for response: QueuePurgeResponse) -> String {
        guard response.purged > 0 else {
            return "No \(response.state.rawValue) jobs of \(response.name) to purge."
        }
        let noun = response.purged == 1 ? "job" : "jobs"
        return "Purged \(response.purged) \(response.state.rawValue) \(noun) of \(response.name)."
    }

    static func jobTable(_ jobs: [JobSummary], time: TimeText) -> String {
        var table = TextTable(columns: ["ID", "STATE", "ATTEMPTS", "RUN-AT", "SINGLETON", "LAST-ERROR"])
        for job in jobs {
            table.append([
                String(job.id),
                job.state.rawValue,
                "\(job.attempts)/\(job.maxAttempts)",
                time.relative(job.runAt),
                CellText.oneLine(job.singletonKey, limit: 24),
                CellText.oneLine(job.lastError, limit: 60),
            ])
        }
        return table.render()
    }

    private static func oldestText(_ queue: QueueSummary) -> String {
        queue.oldestWaitingSeconds.map(DurationText.compact) ?? "-"
    }

    private static func noHandlerNote(_ names: [String]) -> String {
        let subject = names.count == 1 ? "This daemon has no handler for \(names[0]); its jobs fail"
            : "This daemon has no handler for \(names.joined(separator: ", ")); their jobs fail"
        return subject + " at once."
    }
}

import Foundation
import Shared

/// `odysseyctl job show`, `job retry`, `job cancel` and `job enqueue` as text.
///
/// ```swift
/// print(JobRenderer.detailText(for: detail))
/// // id             41
/// // name           duel.round.close
/// // state          retrying
/// // attempts       2/5
/// // ...
/// ```
enum JobRenderer {
    static func detailText(for detail: JobDetail, time: TimeText = TimeText()) -> String {
        let job = detail.job
        var list = KeyValueList()
        list.append("id", String(job.id))
        list.append("name", job.name)
        list.append("state", job.state.rawValue)
        list.append("attempts", "\(job.attempts)/\(job.maxAttempts)")
        list.append("priority", String(job.priority))
        list.append("singleton key", job.singletonKey ?? "-")
        list.append("created", time.localAndRelative(job.createdAt))
        list.append("run at", time.localAndRelative(job.runAt))
        list.append("started", time.localAndRelative(job.startedAt))
        list.append("finished", time.localAndRelative(job.finishedAt))
        list.append("worker", detail.workerId ?? "-")
        list.append("heartbeat", time.localAndRelative(detail.heartbeatAt))
        list.append("retry delay", retryText(detail))
        list.append("expires after", DurationText.compact(detail.expireAfterSeconds) + " per run")
        list.append("payload version", String(detail.payloadVersion))
        list.append("payload", payloadLines(detail.payload))
        var lines = [list.render(), ""]
        if detail.errors.isEmpty {
            lines.append("No failed attempts.")
        } else {
            var table = TextTable(columns: ["ATTEMPT", "AT", "ERROR"])
            for error in detail.errors {
                table.append([String(error.attempt), time.local(error.at), CellText.oneLine(error.message)])
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }

    /// After `job retry` or `job cancel`: the daemon's sentence, then where the job is now.
    static func actionText(for response: JobActionResponse) -> String {
        let job = response.job
        return "\(sentence(response.message)) Job \(job.id) (\(job.name)) is now \(job.state.rawValue)."
    }

    /// After `job enqueue`; `request` supplies the singleton key the answer does not repeat.
    static func enqueuedText(
        for response: JobEnqueueResponse, request: JobEnqueueRequest, time: TimeText = TimeText()
    ) -> String {
        guard response.created else {
            let key = request.singletonKey.map { " with singleton key \($0)" } ?? ""
            return "A waiting job\(key) already exists: job \(response.id)."
        }
        return "Enqueued job \(response.id) (\(request.name)), runs at \(time.localAndRelative(response.runAt))."
    }

    private static func retryText(_ detail: JobDetail) -> String {
        let delay = DurationText.compact(detail.retryDelaySeconds)
        return detail.retryBackoff ? "\(delay), with backoff" : "\(delay), no backoff"
    }

    /// Indented JSON, with `{}` and `[]` for empty containers rather than the encoder's two lines.
    private static func payloadLines(_ payload: JSONValue) -> [String] {
        let text = JSONRenderer.text(for: payload)
            .replacing(/\{\n\s*\n\s*\}/, with: "{}")
            .replacing(/\[\n\s*\n\s*\]/, with: "[]")
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// "retrying as job 42" → "Retrying as job 42."
    private static func sentence(_ message: String) -> String {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.first else { return "Done." }
        let capitalized = first.uppercased() + trimmed.dropFirst()
        return ".!?".contains(capitalized.last!) ? capitalized : capitalized + "."
    }
}

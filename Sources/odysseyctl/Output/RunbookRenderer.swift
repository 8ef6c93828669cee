import Shared

/// `odysseyctl runbook ls|show|run` as text: steps marked in the manner of `doctor`.
///
/// ```swift
/// print(RunbookRenderer.report(report))
/// // Stuck jobs (stuck-jobs)
/// // [✓] Health (/healthz): db=ok discord=not_ready boss=ok
/// // [✗] Failed jobs: 1 failed job(s) in the dead letter; ...
/// //     • job 42 backup.create failed, 5/5 attempts: pg_dump not found
/// // [-] Scheduled posts: not installed in this version: no `scheduled_posts` table ...
/// //
/// // Dry run (--apply to act):
/// //     would retry job 42 (backup.create)
/// //
/// // 1 step found a problem.
/// ```
enum RunbookRenderer {
    static func list(_ response: RunbookListResponse) -> String {
        var table = TextTable(columns: ["RUNBOOK", "TITLE", "ACTS", "SUMMARY"])
        for runbook in response.runbooks {
            table.append([runbook.name, runbook.title, runbook.action == nil ? "no" : "yes", runbook.summary])
        }
        return table.render()
    }

    static func show(_ info: RunbookInfo) -> String {
        var lines = ["\(info.title) (\(info.name))", info.summary, ""]
        lines += info.steps.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        lines.append("")
        lines.append("--apply: " + (info.action ?? "nothing; this runbook only diagnoses."))
        lines.append("Run it: odysseyctl runbook run \(info.name)")
        return lines.joined(separator: "\n")
    }

    static func report(_ report: RunbookReport) -> String {
        var lines = ["\(report.title) (\(report.name))" + filterText(report.filter)]
        for step in report.steps {
            lines.append("\(mark(step.status)) \(step.title): \(step.summary)")
            lines += step.details.map { "    • " + $0 }
        }
        if !report.actions.isEmpty {
            lines.append("")
            lines.append(report.applied ? "Applied:" : "Dry run (--apply to act):")
            lines += report.actions.map { "    " + ($0.done || !report.applied ? "" : "not done: ") + $0.description }
        }
        if !report.advice.isEmpty {
            lines.append("")
            lines += report.advice.map { "→ " + $0 }
        }
        lines.append("")
        let problems = report.problemCount
        lines.append(problems == 0 ? "No problems found." : "\(problems) step\(problems == 1 ? "" : "s") found a problem.")
        return lines.joined(separator: "\n")
    }

    static func mark(_ status: RunbookStepStatus) -> String {
        switch status {
        case .ok: "[✓]"
        case .problem: "[✗]"
        case .notInstalled: "[-]"
        case .notChecked: "[?]"
        }
    }

    private static func filterText(_ filter: RunbookFilter) -> String {
        let parts = [filter.job.map { "job \($0)" }, filter.feature.map { "feature \($0)" }, filter.action.map { "action \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " for " + parts.joined(separator: ", ")
    }
}

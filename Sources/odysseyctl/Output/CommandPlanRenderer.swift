import Shared

/// `odysseyctl commands plan|deploy|check` as text.
///
/// ```swift
/// print(CommandPlanRenderer.planText(for: report))
/// // COMMAND  CHANGE  FIELDS
/// // ping     update  description
/// ```
enum CommandPlanRenderer {
    static func planText(for report: CommandPlanReport) -> String {
        guard !report.changes.isEmpty else {
            return "No commands are declared or deployed \(scopeText(report))."
        }
        var table = TextTable(columns: ["COMMAND", "CHANGE", "FIELDS"])
        for change in report.changes {
            table.append(["/" + change.name, change.action.rawValue, change.fields.isEmpty ? "-" : change.fields.joined(separator: ", ")])
        }
        return table.render() + "\n" + summary(report)
    }

    static func deployText(for report: CommandPlanReport) -> String {
        guard report.applied else {
            return "Nothing to deploy: \(report.changes.count) command(s) already match \(scopeText(report))."
        }
        let changed = report.changes.filter { $0.action != .unchanged }
        return "Deployed \(changed.count) change(s) \(scopeText(report)): "
            + changed.map { "\($0.action.rawValue) /\($0.name)" }.joined(separator: ", ") + "."
    }

    static func checkText(for report: CommandPlanReport) -> String {
        report.inSync ? "Commands are in sync \(scopeText(report))." : planText(for: report)
    }

    private static func summary(_ report: CommandPlanReport) -> String {
        let changed = report.changes.filter { $0.action != .unchanged }.count
        guard changed > 0 else { return "In sync \(scopeText(report)): a deploy would write nothing." }
        let scopeFlag = report.guildId.map { " --guild \($0)" } ?? ""
        return "Deploying would change \(changed) command(s) \(scopeText(report)); run `odysseyctl commands deploy\(scopeFlag)`."
    }

    private static func scopeText(_ report: CommandPlanReport) -> String {
        report.guildId.map { "in guild \($0)" } ?? "globally"
    }
}

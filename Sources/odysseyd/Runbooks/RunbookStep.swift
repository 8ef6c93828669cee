import Shared

/// Runs one step's look, turning the reasons it cannot look into a result instead of an error:
/// a runbook is read during incidents, when half of what it reads may be broken.
///
/// ```swift
/// let step = await RunbookStep.database("Failed jobs", context) { try await failedJobs() }
/// ```
enum RunbookStep {
    /// A step that needs the database and the current schema.
    static func database(
        _ title: String, _ context: RunbookContext, _ look: () async throws -> RunbookStepResult
    ) async -> RunbookStepResult {
        if let reason = await context.databaseUnavailable() {
            return RunbookStepResult(title: title, status: .notChecked, summary: reason)
        }
        return await guarded(title, look)
    }

    static func guarded(_ title: String, _ look: () async throws -> RunbookStepResult) async -> RunbookStepResult {
        do {
            return try await look()
        } catch {
            return RunbookStepResult(title: title, status: .notChecked, summary: "could not check: \(error)")
        }
    }

    /// The seed names a table of a feature this version does not have: say so rather than fail.
    static func notInstalled(_ title: String, table: String, feature: String) -> RunbookStepResult {
        RunbookStepResult(title: title, status: .notInstalled,
                          summary: "not installed in this version: no `\(table)` table (the \(feature) feature is not built yet)")
    }

    /// The `/healthz` words, with the parts `required` naming a problem when not ok.
    static func health(_ context: RunbookContext, requireDiscord: Bool) async -> RunbookStepResult {
        let report = await context.health.healthReport
        let gatewayRuns = await context.health.discordReady != nil
        var problems: [String] = []
        if report.db != "ok" { problems.append("db=fail") }
        if report.boss != "ok" { problems.append("boss=fail") }
        if requireDiscord, gatewayRuns, report.discord != "ready" { problems.append("discord=not_ready") }
        var details = await context.health.problems
        if !gatewayRuns { details.append("no gateway runs in this daemon (no DISCORD_TOKEN): discord does not count") }
        return RunbookStepResult(
            title: "Health (/healthz)",
            status: problems.isEmpty ? .ok : .problem,
            summary: "db=\(report.db) discord=\(report.discord) boss=\(report.boss)"
                + (problems.isEmpty ? "" : "; failing: " + problems.joined(separator: ", ")),
            details: details
        )
    }
}

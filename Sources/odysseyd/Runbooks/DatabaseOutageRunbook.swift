import Foundation
import Shared

/// The seed's "DB outage" runbook: whether the database answers and what fails while it does
/// not, which jobs will retry by themselves (and when), and whether writing has resumed.
///
/// ```swift
/// let report = try await DatabaseOutageRunbook(context: context).run(filter: RunbookFilter(), apply: false)
/// ```
struct DatabaseOutageRunbook: Runbook {
    let context: RunbookContext

    /// The tables the seed checks for resumed writes; none of these features is built yet.
    static let featureTables = ["scheduled_posts", "raid_claims", "checkins", "date_weekend_plans"]

    let name = "db-outage"
    let title = "Database outage"
    let summary = "PostgreSQL unreachable: what is failing, what will retry, and whether writes resumed."
    let steps = [
        "Database: the health check (SELECT 1 every second), its libpq error, the pool's connections.",
        "What is failing: while the check fails every database call fails at once; jobs are not fetched.",
        "What will retry: jobs in retrying state with their next run and last error.",
        "Writes resumed: the job system's latest finished job; scheduled_posts, raid_claims, checkins, mediator_*, date_weekend_plans.",
    ]

    func run(filter: RunbookFilter, apply: Bool) async throws -> RunbookReport {
        if apply { throw RunbookRefusal(description: "db-outage has no action: the daemon reconnects by itself once PostgreSQL is back") }
        let up = await context.health.database
        let status = await context.health.statusResponse
        let pool = await context.pool.statistics
        var results = [RunbookStepResult(
            title: "Database", status: up ? .ok : .problem,
            summary: up ? "db=ok" : "db=fail: the health check cannot reach PostgreSQL",
            details: status.problems + ["pool: \(pool.open) open, \(pool.idle) idle, \(pool.waiting) task(s) waiting for a connection"]
        )]
        results.append(RunbookStepResult(
            title: "What is failing", status: up ? .ok : .problem,
            summary: up ? "nothing: database calls go through" : "every database call fails at once with `database unavailable`",
            details: up ? [] : [
                "control commands that need the database (migrate, seed, queue, job) exit 1",
                "the job system fetches nothing (boss=\(status.boss)); interactions that write answer with an error",
                "the daemon keeps running and feeding the watchdog: no restart is needed",
            ]
        ))
        let now = context.now
        results.append(await RunbookStep.database("What will retry", context) {
            let retrying = try await RunbookJobs(context: context, filter: filter).open().filter { $0.state == "retrying" }
            return RunbookStepResult(
                title: "What will retry", status: .ok,
                summary: retrying.isEmpty ? "no job is waiting to retry" : "\(retrying.count) job(s) will retry by themselves",
                details: retrying.prefix(30).map { RunbookJobs.line($0, now: now) }
            )
        })
        results.append(await RunbookStep.database("Writes resumed", context) { try await writes(now: now) })
        return report(filter: filter, apply: false, steps: results, advice: [
            "Bring PostgreSQL back (its log, and the libpq error above); the daemon notices within a second and reopens connections as needed.",
            "A daemon that started during the outage stays in maintenance and starts by itself once the schema is current.",
        ])
    }

    private func writes(now: Date) async throws -> RunbookStepResult {
        let latest = try await context.pool.query("SELECT max(finished_at) AS latest FROM jobs_archive", []).first?.decode(Date?.self, column: "latest")
        var details = ["jobs: " + (latest.map { "latest finished \(RunbookJobs.seconds(now.timeIntervalSince($0))) ago" } ?? "none finished yet")]
        let mediator = try await context.pool.query(
            "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'mediator\\_%' ORDER BY 1", []
        ).rows.map { try $0.decode(String.self, column: "name") }
        var missing: [String] = []
        for table in Self.featureTables {
            if try await context.tableExists(table) {
                let count = try await context.pool.query("SELECT count(*)::bigint AS n FROM \(table)", []).first?.decode(Int.self, column: "n") ?? 0
                details.append("\(table): \(count) row(s)")
            } else {
                missing.append(table)
            }
        }
        details += mediator.map { "\($0): present" }
        if mediator.isEmpty { missing.append("mediator_*") }
        if !missing.isEmpty { details.append("not installed in this version: \(missing.joined(separator: ", "))") }
        return RunbookStepResult(title: "Writes resumed", status: .ok,
                                 summary: latest == nil ? "no finished job to show writes yet" : "the job system is writing", details: details)
    }
}

import Shared

/// The runbooks this daemon runs, in the order `odysseyctl runbook ls` lists them.
///
/// ```swift
/// let catalog = RunbookCatalog(context: context)
/// let report = try await catalog.runbook(named: "stuck-jobs")?.run(filter: RunbookFilter(), apply: false)
/// ```
struct RunbookCatalog: Sendable {
    let runbooks: [any Runbook]

    init(context: RunbookContext) {
        runbooks = [
            StuckJobsRunbook(context: context), RateLimitsRunbook(context: context), ProjectionBacklogRunbook(context: context),
            MonthlyHallRunbook(context: context), DatabaseOutageRunbook(context: context),
        ]
    }

    var names: [String] { runbooks.map(\.name) }

    func runbook(named name: String) -> (any Runbook)? {
        runbooks.first { $0.name == name }
    }
}

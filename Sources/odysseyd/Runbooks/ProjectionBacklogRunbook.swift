import Foundation
import Shared

/// The seed's "projection backlog" runbook: the refresh queues that keep each "one edited
/// message per thing" current, the singleton keys in flight, and the message editors' errors.
/// It only diagnoses; the seed's remedy (restart the worker) is the operator's.
///
/// ```swift
/// let report = try await ProjectionBacklogRunbook(context: context).run(filter: RunbookFilter(), apply: false)
/// ```
struct ProjectionBacklogRunbook: Runbook {
    let context: RunbookContext
    /// A refresh is a PATCH of one message: due for longer than this, it is behind.
    var behindAfter: TimeInterval = 60
    /// Failed refreshes older than this are history, not backlog.
    var errorWindow: TimeInterval = 86_400

    /// The seed's four plus the two refreshes that exist in this version.
    static let refreshJobs = [
        "duel.scoreboard.refresh", "raid.progress.refresh", "pair.home.refresh", "monthly.hall.refresh",
        "dice.initiative.refresh", "stage.queue.refresh",
    ]

    let name = "projection-backlog"
    let title = "Projection backlog"
    let summary = "Refresh jobs of the edited messages (scoreboards, raid progress, pair homes, hall, initiative, stage queue) falling behind."
    let steps = [
        "Health: /healthz must show boss=ok, discord=ready, db=ok.",
        "Queue depths of the refresh jobs: duel.scoreboard.refresh, raid.progress.refresh, pair.home.refresh, monthly.hall.refresh, dice.initiative.refresh, stage.queue.refresh.",
        "Singleton keys in flight (projection:<kind>:<guild>:<id>): what waits or runs, and for how long.",
        "Message editor errors: the last errors of refreshes that are retrying or failed in the last day.",
    ]

    func run(filter: RunbookFilter, apply: Bool) async throws -> RunbookReport {
        if apply { throw RunbookRefusal(description: "projection-backlog has no action: it only diagnoses") }
        let jobs = RunbookJobs(context: context, filter: filter, names: Set(Self.refreshJobs))
        let now = context.now
        var results = [await RunbookStep.health(context, requireDiscord: true)]
        results.append(await RunbookStep.database("Refresh queues", context) {
            let queues = try await context.jobs.queues().filter { jobs.matches(name: $0.name) }
            var behind: [String] = []
            let details = queues.map { queue -> String in
                let late = (queue.oldestWaitingSeconds ?? 0) > behindAfter
                if late { behind.append(queue.name) }
                return "\(queue.name): waiting \(queue.waiting), active \(queue.active), retrying \(queue.retrying), failed \(queue.failed)"
                    + (queue.oldestWaitingSeconds.map { ", oldest due \(RunbookJobs.seconds($0))" } ?? "")
                    + (queue.hasHandler ? "" : " (no handler: the feature is not built in this version)")
            }
            return RunbookStepResult(
                title: "Refresh queues", status: behind.isEmpty ? .ok : .problem,
                summary: behind.isEmpty ? "no refresh due for more than \(RunbookJobs.seconds(behindAfter))"
                    : "behind: \(behind.joined(separator: ", "))",
                details: details
            )
        })
        var open: [RunbookJobs.Row] = []
        results.append(await RunbookStep.database("Singleton keys in flight", context) {
            open = try await jobs.open()
            let late = open.filter { $0.state != "active" && now.timeIntervalSince($0.runAt) > behindAfter }
            return RunbookStepResult(
                title: "Singleton keys in flight", status: late.isEmpty ? .ok : .problem,
                summary: open.isEmpty ? "no refresh waiting or running"
                    : "\(open.count) refresh(es) waiting or running" + (late.isEmpty ? "" : ", \(late.count) due for more than \(RunbookJobs.seconds(behindAfter))"),
                details: open.prefix(30).map { RunbookJobs.line($0, now: now) }
            )
        })
        results.append(await RunbookStep.database("Message editor errors", context) {
            let failed = try await jobs.failed().filter { ($0.finishedAt ?? .distantPast) > now.addingTimeInterval(-errorWindow) }
            let erring = open.filter { $0.lastError != nil } + failed
            return RunbookStepResult(
                title: "Message editor errors", status: erring.isEmpty ? .ok : .problem,
                summary: erring.isEmpty ? "no refresh failed in the last day"
                    : "\(erring.count) refresh(es) failing: 429s wait and retry by themselves; other errors need their cause fixed",
                details: erring.prefix(20).map { RunbookJobs.line($0, now: now) }
            )
        })
        return report(filter: filter, apply: false, steps: results, advice: [
            "A waiting refresh absorbs later changes of the same projection: one per key is normal however busy the guild.",
            "If the backlog does not fall while health is ok: systemctl restart odysseyd (graceful; running refreshes finish first).",
            "Failed refreshes whose cause is fixed: `odysseyctl runbook run stuck-jobs --action NAME --apply`.",
        ])
    }
}

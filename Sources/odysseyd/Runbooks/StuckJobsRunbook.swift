import Foundation
import Shared

/// The seed's "stuck jobs" runbook: health, queue depths, jobs due but not taken, the dead
/// letter with its errors, and the feature rows the seed names for `public.post.publish` and
/// `mediator.repair.tick`. `--apply` retries the failed jobs the filter selects.
///
/// ```swift
/// let report = try await StuckJobsRunbook(context: context).run(filter: RunbookFilter(action: "backup.create"), apply: true)
/// ```
struct StuckJobsRunbook: Runbook {
    let context: RunbookContext
    /// More than this many failed jobs in one `--apply` is refused: a dead letter that large
    /// wants a look at its errors first (or `queue purge`).
    var retryLimit = 100

    let name = "stuck-jobs"
    let title = "Stuck jobs"
    let summary = "Jobs that do not run or keep failing: health, queue depths, overdue and failed jobs with their errors."
    let steps = [
        "Health: /healthz's db, discord and boss.",
        "Queue depths: waiting, retrying, failed and the oldest due job per job name.",
        "Overdue jobs: due for longer than 5 minutes and not taken by a worker.",
        "Failed jobs: the dead letter with each job's last error.",
        "The job named by --job: its attempts and every error.",
        "public.post.publish: scheduled_posts status, last_error, updated_at.",
        "mediator.repair.tick: mediator_repair_sessions.",
    ]
    var action: String? {
        "Retry the failed jobs the filter selects (--action NAME, --feature F or --job ID; a filter is required), with fresh attempts."
    }

    func run(filter: RunbookFilter, apply: Bool) async throws -> RunbookReport {
        if apply && filter.isEmpty {
            throw RunbookRefusal(description: "--apply retries failed jobs: name them with --action NAME, --feature F or --job ID")
        }
        let jobs = RunbookJobs(context: context, filter: filter)
        let now = context.now
        var results = [await RunbookStep.health(context, requireDiscord: false)]
        results.append(await RunbookStep.database("Queue depths", context) { try await depths(jobs) })
        results.append(await RunbookStep.database("Overdue jobs", context) {
            let overdue = try await jobs.open().filter {
                ($0.state == "waiting" || $0.state == "retrying") && now.timeIntervalSince($0.runAt) > context.stuckAfter
            }
            return RunbookStepResult(
                title: "Overdue jobs", status: overdue.isEmpty ? .ok : .problem,
                summary: overdue.isEmpty ? "no job due for more than \(RunbookJobs.seconds(context.stuckAfter))"
                    : "\(overdue.count) job(s) due for more than \(RunbookJobs.seconds(context.stuckAfter)) and not taken: is a daemon with their handler running?",
                details: overdue.prefix(20).map { RunbookJobs.line($0, now: now) }
            )
        })
        var failed: [RunbookJobs.Row] = []
        results.append(await RunbookStep.database("Failed jobs", context) {
            failed = try await jobs.failed()
            return RunbookStepResult(
                title: "Failed jobs", status: failed.isEmpty ? .ok : .problem,
                summary: failed.isEmpty ? "the dead letter is empty" + (filter.isEmpty ? "" : " for this filter")
                    : "\(failed.count) failed job(s) in the dead letter; `odysseyctl job show ID` for every error",
                details: failed.prefix(20).map { RunbookJobs.line($0, now: now) }
            )
        })
        if let id = filter.job {
            results.append(await RunbookStep.database("Job \(id)", context) { try await jobDetail(id) })
        }
        results.append(await RunbookStep.database("Scheduled posts", context) { try await scheduledPosts() })
        results.append(await RunbookStep.database("Mediator repair sessions", context) { try await repairSessions() })

        let actions = await retries(failed, filter: filter, apply: apply)
        return report(filter: filter, apply: apply, steps: results, actions: actions, advice: [
            "Filter the log by the job: journalctl -u odysseyd -o cat | jq -c 'select(.job_id == \"ID\" or .action == \"NAME\")'.",
            "After a release, a job failing on its payload was enqueued by the old version: compare `odysseyctl job show ID`'s payload with what the handler reads.",
            "Jobs due but never taken while health is ok: a graceful restart (systemctl restart odysseyd) lets running jobs finish first.",
        ])
    }

    private func depths(_ jobs: RunbookJobs) async throws -> RunbookStepResult {
        let queues = try await context.jobs.queues().filter { jobs.matches(name: $0.name) }
        var details: [String] = []
        var problems = 0
        for queue in queues where queue.waiting + queue.retrying + queue.active + queue.failed + queue.delayed > 0 {
            let overdue = (queue.oldestWaitingSeconds ?? 0) > context.stuckAfter
            let orphaned = !queue.hasHandler && queue.waiting + queue.retrying > 0
            if overdue || orphaned || queue.failed > 0 { problems += 1 }
            var line = "\(queue.name): waiting \(queue.waiting), delayed \(queue.delayed), active \(queue.active), retrying \(queue.retrying), failed \(queue.failed)"
            if let oldest = queue.oldestWaitingSeconds { line += ", oldest due \(RunbookJobs.seconds(oldest))" }
            if !queue.hasHandler { line += ", no handler in this daemon" }
            details.append(line)
        }
        return RunbookStepResult(
            title: "Queue depths", status: problems == 0 ? .ok : .problem,
            summary: problems == 0 ? "\(queues.count) queue(s), none failing or behind" : "\(problems) of \(queues.count) queue(s) failing or behind",
            details: details
        )
    }

    private func jobDetail(_ id: Int64) async throws -> RunbookStepResult {
        guard let detail = try await context.jobs.job(id) else {
            return RunbookStepResult(title: "Job \(id)", status: .problem, summary: "no job \(id)")
        }
        let job = detail.job
        let bad = job.state == .failed || !detail.errors.isEmpty && job.state == .retrying
        return RunbookStepResult(
            title: "Job \(id)", status: bad ? .problem : .ok,
            summary: "\(job.name) \(job.state.rawValue), \(job.attempts)/\(job.maxAttempts) attempts"
                + (detail.workerId.map { " on \($0)" } ?? ""),
            details: detail.errors.map { "attempt \($0.attempt) at \(ISO8601DateFormatter().string(from: $0.at)): \($0.message)" }
        )
    }

    /// The seed: `scheduled_posts.status/last_error/updated_at` for `public.post.publish`.
    private func scheduledPosts() async throws -> RunbookStepResult {
        let title = "Scheduled posts"
        guard try await context.tableExists("scheduled_posts") else {
            return RunbookStep.notInstalled(title, table: "scheduled_posts", feature: "public posts")
        }
        let rows = try await context.pool.query("""
            SELECT status::text AS status, count(*)::bigint AS n, max(updated_at) AS latest,
                   count(*) FILTER (WHERE last_error IS NOT NULL)::bigint AS errors
            FROM scheduled_posts GROUP BY status ORDER BY status
            """, [])
        var errors = 0
        let details = try rows.rows.map { row -> String in
            let count: Int = try row.decode(column: "errors")
            errors += count
            return "\(try row.decode(String.self, column: "status")): \(try row.decode(Int.self, column: "n")) row(s), \(count) with last_error"
        }
        return RunbookStepResult(title: title, status: errors == 0 ? .ok : .problem,
                                 summary: errors == 0 ? "no post with an error" : "\(errors) post(s) with last_error", details: details)
    }

    private func repairSessions() async throws -> RunbookStepResult {
        let title = "Mediator repair sessions"
        guard try await context.tableExists("mediator_repair_sessions") else {
            return RunbookStep.notInstalled(title, table: "mediator_repair_sessions", feature: "mediator")
        }
        let count = try await context.pool.query("SELECT count(*)::bigint AS n FROM mediator_repair_sessions", []).first?.decode(Int.self, column: "n") ?? 0
        return RunbookStepResult(title: title, status: .ok, summary: "\(count) session(s); compare with `odysseyctl queue show mediator.repair.tick`")
    }

    private func retries(_ failed: [RunbookJobs.Row], filter: RunbookFilter, apply: Bool) async -> [RunbookActionResult] {
        guard !failed.isEmpty else { return [] }
        guard !filter.isEmpty else {
            return [RunbookActionResult(description: "to retry failed jobs once the cause is fixed: run again with --action NAME, --feature F or --job ID and --apply", done: false)]
        }
        guard failed.count <= retryLimit else {
            return [RunbookActionResult(description: "not retrying \(failed.count) failed jobs (more than \(retryLimit)): narrow the filter or look at their errors first", done: false)]
        }
        var actions: [RunbookActionResult] = []
        for job in failed {
            guard apply else {
                actions.append(RunbookActionResult(description: "would retry job \(job.id) (\(job.name))", done: false))
                continue
            }
            do {
                let response = try await context.jobs.retry(job.id)
                actions.append(RunbookActionResult(description: response.message, done: true))
            } catch {
                actions.append(RunbookActionResult(description: "job \(job.id) not retried: \(error)", done: false))
            }
        }
        return actions
    }
}

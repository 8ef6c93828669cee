import Foundation
import Shared

/// The seed's "monthly hall" runbook: the hall channel per guild, this month's card, the
/// opt-ins, and the `monthly.hall.refresh` job that posts the card. The hall feature is not
/// built in this version, so its steps say so; the job and its schedule exist and are checked.
///
/// ```swift
/// let report = try await MonthlyHallRunbook(context: context).run(filter: RunbookFilter(), apply: false)
/// ```
struct MonthlyHallRunbook: Runbook {
    let context: RunbookContext
    static let job = "monthly.hall.refresh"

    let name = "monthly-hall"
    let title = "Monthly hall"
    let summary = "The monthly hall card: its channel, the card for the current month_key, opt-ins, and the refresh job."
    let steps = [
        "Channel: guild_settings.hall_channel_id per guild.",
        "Card: the monthly_hall_cards row for the current month_key (YYYY-MM, UTC).",
        "Opt-ins: monthly_hall_opt_ins (only members who opted in reach the top).",
        "Refresh job: the monthly.hall.refresh schedule (day 1 10:00) and its failed runs.",
        "A card deleted by hand: clear its message_id and let the worker post it again (needs the hall feature).",
    ]

    /// `YYYY-MM` in UTC: the seed's `month_key` for `date`.
    static func monthKey(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }

    func run(filter: RunbookFilter, apply: Bool) async throws -> RunbookReport {
        if apply {
            throw RunbookRefusal(description: "recreating a deleted hall card is not possible in this version: the monthly hall feature (monthly_hall_cards) is not built yet")
        }
        let monthKey = Self.monthKey(context.now)
        var results: [RunbookStepResult] = []
        results.append(await RunbookStep.database("Channel", context) {
            guard try await context.columnExists("guild_settings", "hall_channel_id") else {
                return RunbookStepResult(title: "Channel", status: .notInstalled,
                                         summary: "not installed in this version: no `guild_settings.hall_channel_id` column (the monthly hall feature is not built yet)")
            }
            let rows = try await context.pool.query("SELECT guild_id, hall_channel_id FROM guild_settings ORDER BY guild_id", [])
            let unset = try rows.rows.filter { try $0.decode(Int64?.self, column: "hall_channel_id") == nil }.count
            return RunbookStepResult(title: "Channel", status: unset == 0 ? .ok : .problem,
                                     summary: "\(rows.rows.count - unset) of \(rows.rows.count) guild(s) have a hall channel")
        })
        results.append(await RunbookStep.database("Card for \(monthKey)", context) {
            guard try await context.tableExists("monthly_hall_cards") else {
                return RunbookStep.notInstalled("Card for \(monthKey)", table: "monthly_hall_cards", feature: "monthly hall")
            }
            let count = try await context.pool.query("SELECT count(*)::bigint AS n FROM monthly_hall_cards WHERE month_key = $1", [monthKey])
                .first?.decode(Int.self, column: "n") ?? 0
            return RunbookStepResult(title: "Card for \(monthKey)", status: count == 0 ? .problem : .ok,
                                     summary: count == 0 ? "no card for \(monthKey)" : "\(count) card(s) for \(monthKey)")
        })
        results.append(await RunbookStep.database("Opt-ins", context) {
            guard try await context.tableExists("monthly_hall_opt_ins") else {
                return RunbookStep.notInstalled("Opt-ins", table: "monthly_hall_opt_ins", feature: "monthly hall")
            }
            let count = try await context.pool.query("SELECT count(*)::bigint AS n FROM monthly_hall_opt_ins", []).first?.decode(Int.self, column: "n") ?? 0
            return RunbookStepResult(title: "Opt-ins", status: .ok, summary: "\(count) opt-in(s)")
        })
        results.append(await RunbookStep.database("Refresh job", context) { try await refreshJob() })
        return report(filter: filter, apply: false, steps: results, advice: [
            "A card deleted by hand: once the hall feature exists, clearing its message_id makes the next monthly.hall.refresh post it again; this version cannot (no monthly_hall_cards).",
            "Run a refresh now: odysseyctl job enqueue monthly.hall.refresh.",
        ])
    }

    private func refreshJob() async throws -> RunbookStepResult {
        var details: [String] = []
        var problems: [String] = []
        if let row = try await context.pool.query(
            "SELECT expression, enabled, last_slot_at FROM job_schedules WHERE job_name = $1 ORDER BY name LIMIT 1", [Self.job]
        ).first {
            let enabled: Bool = try row.decode(column: "enabled")
            let last: Date? = try row.decode(column: "last_slot_at")
            details.append("schedule \(try row.decode(String.self, column: "expression")), \(enabled ? "on" : "off")"
                + (last.map { ", last run \(ISO8601DateFormatter().string(from: $0))" } ?? ", never run"))
        } else {
            details.append("no schedule enqueues \(Self.job) (`odysseyctl seed` adds it)")
        }
        let queue = try await context.jobs.queues().first { $0.name == Self.job }
        if let queue {
            details.append("queue: waiting \(queue.waiting), retrying \(queue.retrying), failed \(queue.failed)"
                + (queue.hasHandler ? "" : " (no handler in this version)"))
            if queue.failed > 0 { problems.append("\(queue.failed) failed run(s)") }
        }
        let failed = try await RunbookJobs(context: context, filter: RunbookFilter(action: Self.job)).failed(limit: 5)
        details += failed.map { RunbookJobs.line($0, now: context.now) }
        return RunbookStepResult(title: "Refresh job", status: problems.isEmpty ? .ok : .problem,
                                 summary: problems.isEmpty ? "\(Self.job) is not failing" : problems.joined(separator: ", "), details: details)
    }
}

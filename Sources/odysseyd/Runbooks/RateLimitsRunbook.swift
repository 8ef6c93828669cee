import Foundation
import Shared

/// The seed's "Discord/rate-limit problems" runbook: gateway readiness, what the REST limiter
/// is waiting for now, the 429s and invalid requests so far, and whether the queues drained
/// afterwards. It only diagnoses: the seed's remedy is to let the editors' own retries work.
///
/// ```swift
/// var context = context
/// context.limiter = discord.rest.limiter
/// let report = try await RateLimitsRunbook(context: context).run(filter: RunbookFilter(), apply: false)
/// ```
struct RateLimitsRunbook: Runbook {
    let context: RunbookContext

    let name = "rate-limits"
    let title = "Discord rate limits"
    let summary = "Discord answering 429 or the gateway not ready: current waits, 429 counts, gateway state, queues draining."
    let steps = [
        "Gateway: every shard ready; the close reason of any that stopped (a bad token is 4004).",
        "Current waits: a global 429 pause, exhausted or blocked buckets, requests waiting for another's answer.",
        "429 counts by scope since start, and invalid requests (401/403/429) against the breaker's 10-minute limit.",
        "Queues draining: jobs due for longer than 5 minutes once Discord answers again.",
    ]

    func run(filter: RunbookFilter, apply: Bool) async throws -> RunbookReport {
        if apply { throw RunbookRefusal(description: "rate-limits has no action: waiting out Discord's limits is the remedy") }
        var results = [await gateway()]
        if let limiter = context.limiter {
            let now = ContinuousClock.now
            let stats = await limiter.statistics(at: now)
            results.append(Self.waits(stats, now: now))
            results.append(Self.counts(stats, now: now))
        } else {
            results.append(RunbookStepResult(title: "Current waits", status: .notChecked, summary: "no REST client in this daemon"))
        }
        results.append(await RunbookStep.database("Queues draining", context) {
            let jobs = RunbookJobs(context: context, filter: filter)
            let behind = try await context.jobs.queues().filter {
                jobs.matches(name: $0.name) && ($0.oldestWaitingSeconds ?? 0) > context.stuckAfter
            }
            return RunbookStepResult(
                title: "Queues draining", status: behind.isEmpty ? .ok : .problem,
                summary: behind.isEmpty ? "no queue has a job due for more than \(RunbookJobs.seconds(context.stuckAfter))"
                    : "\(behind.count) queue(s) not drained",
                details: behind.map { "\($0.name): waiting \($0.waiting), retrying \($0.retrying), oldest due \(RunbookJobs.seconds($0.oldestWaitingSeconds ?? 0))" }
            )
        })
        return report(filter: filter, apply: false, steps: results, advice: [
            "Let the message editors retry by themselves after Discord's retry_after; do not post by hand in projection channels (that spends the same limits).",
            "A rejected token shows as gateway close code 4004 and in `odysseyctl doctor discord-token`.",
            "odyssey_discord_rest_429_total{scope} and odyssey_discord_rest_wait_seconds{route} in /metrics show the same over time.",
        ])
    }

    private func gateway() async -> RunbookStepResult {
        let title = "Gateway"
        guard let board = context.gateway, await context.health.discordReady != nil else {
            return RunbookStepResult(title: title, status: .notChecked, summary: "no gateway runs in this daemon (no DISCORD_TOKEN)")
        }
        let shards = await board.shards
        let notReady = shards.filter { $0.state != .ready }
        return RunbookStepResult(
            title: title, status: notReady.isEmpty && !shards.isEmpty ? .ok : .problem,
            summary: shards.isEmpty ? "no shard registered yet" : "\(shards.count - notReady.count) of \(shards.count) shard(s) ready",
            details: shards.map { status in
                "shard \(status.shard.id): \(status.state)"
                    + (status.latency.map { ", heartbeat \(Int(($0.seconds * 1000).rounded())) ms" } ?? "")
                    + ", \(status.reconnects) reconnect(s)"
                    + (status.lastDisconnect.map { ", last disconnect: \($0)" } ?? "")
            }
        )
    }

    private static func waits(_ stats: RateLimitStatistics, now: ContinuousClock.Instant) -> RunbookStepResult {
        var details: [String] = []
        if let paused = stats.globalPausedUntil {
            details.append("global 429: every request waits \(seconds(paused - now))")
        }
        details += stats.bucketWaits.prefix(20).map { "bucket \($0.key): waits \(seconds($0.until - now))" }
        if stats.waitingForResponse > 0 { details.append("\(stats.waitingForResponse) request(s) waiting for a bucket's first answer") }
        details.append("\(stats.globalRequestsInWindow) request(s) in the current global window")
        let held = stats.globalPausedUntil != nil || stats.breakerOpenUntil != nil
        return RunbookStepResult(
            title: "Current waits", status: held ? .problem : .ok,
            summary: held ? "every request is held (global 429 or the breaker)"
                : stats.bucketWaits.isEmpty ? "nothing waits" : "\(stats.bucketWaits.count) bucket(s) waiting out their window",
            details: details
        )
    }

    private static func counts(_ stats: RateLimitStatistics, now: ContinuousClock.Instant) -> RunbookStepResult {
        let byScope = RateLimitScope.allCases.map { "\($0.rawValue) \(stats.rateLimited[$0, default: 0])" }.joined(separator: ", ")
        var details = ["invalid requests in the window: \(stats.invalidRequests) of \(stats.breakerThreshold) before the breaker opens"]
        if let open = stats.breakerOpenUntil { details.append("breaker open: requests refused for \(seconds(open - now))") }
        let nearing = stats.invalidRequests * 2 >= stats.breakerThreshold || stats.breakerOpenUntil != nil
        return RunbookStepResult(
            title: "429 counts", status: nearing ? .problem : .ok,
            summary: "429s since start: \(byScope)" + (nearing ? "; invalid requests near the ban" : ""),
            details: details
        )
    }

    private static func seconds(_ duration: Duration) -> String {
        RunbookJobs.seconds(max(0, duration.seconds))
    }
}

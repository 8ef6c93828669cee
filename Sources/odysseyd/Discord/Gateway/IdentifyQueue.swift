/// Decides when a shard may send Identify, so the daemon never exceeds `session_start_limit`.
///
/// Source: discord-docs/events/gateway.mdx, "Identifying", "Max Concurrency", "Rate Limiting",
/// "Session Start Limit Object":
/// - each shard has a rate-limit key `shard_id % max_concurrency`; one Identify per key per 5 s
///   (exceeding it earns Invalid Session);
/// - every Identify uses one of `remaining` session starts; at 0, wait until `reset_after` has
///   passed. Running out is costly: Discord resets the bot token and ends all sessions. Resumes
///   do not count.
/// Shards asking in id order start bucket by bucket, which is the order Discord asks for.
///
/// The queue is a value: the gateway keeps one per daemon behind a lock or an actor, and asks it
/// before each Identify. Refresh it with ``update(limit:receivedAt:)`` after each Get Gateway Bot.
///
/// ```swift
/// var queue = IdentifyQueue(limit: limit, receivedAt: clock.now)
/// switch queue.nextIdentify(shard: 3, now: clock.now) {
/// case .go: try await send(.identify(identify))
/// case .wait(let until): try await clock.sleep(until: until)   // then ask again
/// }
/// ```
struct IdentifyQueue: Sendable {
    typealias Instant = ContinuousClock.Instant

    enum Decision: Sendable, Equatable {
        /// Identify now; the queue has counted it.
        case go
        /// Ask again at this instant.
        case wait(until: Instant)
    }

    /// One Identify per rate-limit key in this window.
    static let concurrencyWindow: Duration = .seconds(5)
    /// The window of `total` when Discord has not told us a new `reset_after` yet ("1000 IDENTIFY
    /// calls … in a 24-hour period").
    static let dailyWindow: Duration = .seconds(24 * 60 * 60)

    private(set) var total: Int
    private(set) var remaining: Int
    private(set) var resetAt: Instant
    private(set) var maxConcurrency: Int
    private var lastIdentifyByKey: [Int: Instant] = [:]

    init(limit: GatewaySessionStartLimit, receivedAt: Instant) {
        total = max(limit.total, 0)
        remaining = max(limit.remaining, 0)
        resetAt = receivedAt + limit.resetAfter
        // Discord never sends less than 1; treating 0 as 1 avoids dividing by it.
        maxConcurrency = max(limit.maxConcurrency, 1)
    }

    /// Takes a fresher `session_start_limit`; the per-key history is kept.
    mutating func update(limit: GatewaySessionStartLimit, receivedAt: Instant) {
        total = max(limit.total, 0)
        remaining = max(limit.remaining, 0)
        resetAt = receivedAt + limit.resetAfter
        maxConcurrency = max(limit.maxConcurrency, 1)
    }

    func rateLimitKey(shard: Int) -> Int { shard % maxConcurrency }

    mutating func nextIdentify(shard: Int, now: Instant) -> Decision {
        if now >= resetAt {
            // The window turned over: Discord grants `total` again.
            remaining = total
            while resetAt <= now { resetAt += Self.dailyWindow }
        }
        var waitUntil: Instant?
        if remaining <= 0 { waitUntil = resetAt }
        let key = rateLimitKey(shard: shard)
        if let last = lastIdentifyByKey[key], now < last + Self.concurrencyWindow {
            waitUntil = max(waitUntil ?? last + Self.concurrencyWindow, last + Self.concurrencyWindow)
        }
        if let waitUntil { return .wait(until: waitUntil) }
        remaining -= 1
        lastIdentifyByKey[key] = now
        return .go
    }

    /// The Identify granted for `shard` went out at `now`: its key's window runs from here, so a
    /// send delayed after the grant (a busy machine) cannot bring two Identifies closer than 5 s.
    mutating func identifySent(shard: Int, at now: Instant) {
        let key = rateLimitKey(shard: shard)
        lastIdentifyByKey[key] = max(lastIdentifyByKey[key] ?? now, now)
    }
}

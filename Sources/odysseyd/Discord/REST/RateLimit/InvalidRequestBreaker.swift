/// Stops all Discord requests before the invalid-request ban: Discord restricts an IP after
/// 10,000 responses with 401, 403 or 429 in 10 minutes, where a 429 with scope `shared` does not
/// count (topics/rate-limits.mdx, "Invalid Request Limit"). The breaker opens at a lower
/// threshold within a sliding window, and closes as old invalid responses slide out of it.
///
/// ```swift
/// var breaker = InvalidRequestBreaker()          // opens at 9,000 per 10 minutes
/// breaker.record(status: 403, scope: nil, at: now)
/// if let until = breaker.openUntil(at: now) { /* fail fast until `until` */ }
/// ```
struct InvalidRequestBreaker: Sendable {
    /// 10 % below Discord's 10,000, leaving room for requests already in flight and other
    /// processes sharing the IP.
    static let defaultThreshold = 9_000
    static let defaultWindow: Duration = .seconds(600)

    let threshold: Int
    let window: Duration
    private var log: SlidingWindowLog

    init(threshold: Int = Self.defaultThreshold, window: Duration = Self.defaultWindow) {
        self.threshold = max(threshold, 1)
        self.window = window
        log = SlidingWindowLog(limit: self.threshold, window: window)
    }

    /// Whether Discord counts a response as invalid.
    static func isInvalid(status: Int, scope: RateLimitScope?) -> Bool {
        switch status {
        case 401, 403: return true
        case 429: return scope != .shared
        default: return false
        }
    }

    /// Counts the response if it is invalid; returns whether it was.
    @discardableResult
    mutating func record(status: Int, scope: RateLimitScope?, at now: ContinuousClock.Instant) -> Bool {
        guard Self.isInvalid(status: status, scope: scope) else { return false }
        log.record(at: now)
        return true
    }

    /// Nil while requests may go; otherwise when the window will have room again.
    mutating func openUntil(at now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        log.nextAllowed(at: now)
    }

    /// Invalid responses inside the window at `now`.
    mutating func count(at now: ContinuousClock.Instant) -> Int {
        log.count(at: now)
    }
}

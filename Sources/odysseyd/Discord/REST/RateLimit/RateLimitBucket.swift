/// What the limiter knows of one bucket for one top-level resource: the limit and remaining count
/// Discord last reported, when the window resets, and the requests sent but not yet answered.
/// Before the first useful response the count is unknown and the bucket lets one request out at a
/// time, so the first response can teach it without a burst of 429s.
struct RateLimitBucket: Sendable {
    enum Decision: Sendable, Equatable {
        case go
        case wait(until: ContinuousClock.Instant)
        /// Another request is out and its response decides; at the latest the answer is assumed
        /// lost at `notAfter`.
        case waitForResponse(notAfter: ContinuousClock.Instant)
    }

    var limit: Int?
    /// Nil until a response tells us.
    var remaining: Int?
    /// Nil when unknown (never told, or the window ran out locally and no response has come since).
    var resetAt: ContinuousClock.Instant?
    /// Set by a user- or shared-scope 429.
    var blockedUntil: ContinuousClock.Instant?
    /// Ticket id → when it was sent.
    private(set) var inFlight: [UInt64: ContinuousClock.Instant] = [:]
    var lastUsed: ContinuousClock.Instant

    init(now: ContinuousClock.Instant) {
        lastUsed = now
    }

    mutating func decide(at now: ContinuousClock.Instant, probeTimeout: Duration) -> Decision {
        // A request unanswered this long lost its response (or its caller forgot to record it);
        // waiting on it longer would stall the bucket for good.
        inFlight = inFlight.filter { $0.value + probeTimeout > now }
        if let blockedUntil {
            if now < blockedUntil { return .wait(until: blockedUntil) }
            self.blockedUntil = nil
        }
        if let resetAt, now >= resetAt {
            remaining = limit
            self.resetAt = nil
        }
        if let remaining, remaining > 0 { return .go }
        if let remaining, remaining <= 0, let resetAt { return .wait(until: resetAt) }
        // Unknown count, or used up with no known reset: only a response can tell us more.
        if let oldest = inFlight.values.min() { return .waitForResponse(notAfter: oldest + probeTimeout) }
        return .go
    }

    /// Any wait the bucket imposes at `now`, without changing it (for statistics).
    func waitUntil(at now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        if let blockedUntil, now < blockedUntil { return blockedUntil }
        if let remaining, remaining <= 0, let resetAt, now < resetAt { return resetAt }
        return nil
    }

    mutating func reserve(ticket: UInt64, at now: ContinuousClock.Instant) {
        if let remaining { self.remaining = remaining - 1 }
        inFlight[ticket] = now
        lastUsed = now
    }

    mutating func settle(ticket: UInt64) {
        inFlight[ticket] = nil
    }

    /// Takes Discord's count and reset from a response. A response from an older window (answers
    /// can arrive out of order) is ignored. Within the current window our own count already
    /// includes every request sent, so Discord's can only lower it (when something else uses the
    /// same bucket). In a new window, requests still in flight are subtracted, because Discord may
    /// count them in it after answering this one.
    mutating func learn(_ headers: RateLimitHeaders, at now: ContinuousClock.Instant, tolerance: Duration) {
        if let headerLimit = headers.limit { limit = headerLimit }
        guard let reported = headers.remaining, let resetAfter = headers.resetAfter else { return }
        let newReset = now + resetAfter
        if let resetAt, newReset < resetAt - tolerance { return }
        if let resetAt, newReset <= resetAt + tolerance {
            remaining = min(remaining ?? reported, reported)
        } else {
            remaining = max(0, reported - inFlight.count)
            resetAt = newReset
        }
        lastUsed = now
    }

    /// Nothing in flight and nothing to wait for: forgetting it loses only the learned limit.
    func isIdle(at now: ContinuousClock.Instant, after idle: Duration) -> Bool {
        inFlight.isEmpty && waitUntil(at: now) == nil && lastUsed + idle <= now
    }
}

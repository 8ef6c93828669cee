/// A request the rate limiter refuses to send at all, rather than delay.
///
/// ```swift
/// do { let ticket = try await limiter.acquire(route) }
/// catch let error as RateLimitError { logger.error("\(error)"); /* retry after error.retryAt */ }
/// ```
struct RateLimitError: Error, CustomStringConvertible, Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Too many 401/403/429 responses recently; sending more risks a ban of the IP.
        case invalidRequestBreakerOpen
    }

    let kind: Kind
    /// When the limiter will send again.
    let retryAt: ContinuousClock.Instant
    let description: String

    static func breakerOpen(invalidRequests: Int, threshold: Int, window: Duration, until: ContinuousClock.Instant,
                            now: ContinuousClock.Instant) -> Self {
        let wait = (until - now).components.seconds + 1
        let minutes = window.components.seconds / 60
        return Self(kind: .invalidRequestBreakerOpen, retryAt: until, description: """
            invalid-request breaker open: \(invalidRequests) responses with 401, 403 or 429 in the last \(minutes) minutes \
            (threshold \(threshold); Discord bans the IP at 10,000 per 10 minutes, topics/rate-limits.mdx); \
            refusing Discord requests for about \(wait) s more
            """)
    }
}

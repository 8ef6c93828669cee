/// A snapshot of the limiter for the rate-limit runbook: what is waiting, how often Discord said
/// 429, and how close the invalid-request breaker is.
///
/// ```swift
/// let stats = await limiter.statistics()
/// print(stats.invalidRequests, stats.rateLimited[.global, default: 0])
/// ```
struct RateLimitStatistics: Sendable, Equatable {
    struct BucketWait: Sendable, Equatable {
        /// The bucket key: Discord's bucket hash (or the route, while unknown) and the top-level resource.
        var key: String
        var until: ContinuousClock.Instant
    }

    /// Requests counted against the global limit in the last window.
    var globalRequestsInWindow: Int
    /// Set while a global 429 holds every request.
    var globalPausedUntil: ContinuousClock.Instant?
    /// Buckets that are exhausted or blocked by a 429, soonest first.
    var bucketWaits: [BucketWait]
    /// Requests waiting for another request's response (unknown buckets).
    var waitingForResponse: Int
    /// 429 responses since start, by scope.
    var rateLimited: [RateLimitScope: Int]
    /// 401/403/429 responses inside the breaker's window.
    var invalidRequests: Int
    var breakerThreshold: Int
    /// Set while the breaker refuses requests.
    var breakerOpenUntil: ContinuousClock.Instant?
    /// Routes whose bucket hash (or lack of one) has been learned.
    var learnedRoutes: Int
    var trackedBuckets: Int
}

/// How often and how soon a failed job runs again.
///
/// With backoff the n-th retry waits `delay × 2^(n−1)` (at most ``maximumDelay``), of which a
/// random half is dropped ("equal jitter"), so jobs that failed together do not retry together.
///
/// ```swift
/// let policy = RetryPolicy(maxAttempts: 5, delay: .seconds(2), backoff: true)
/// policy.delay(afterAttempt: 3, jitter: 0.5)   // 6 s: half of 8 s, plus half of the other half
/// ```
struct RetryPolicy: Sendable, Equatable {
    /// Runs in all, the first included; 1 means never retry.
    var maxAttempts: Int
    var delay: Duration
    var backoff: Bool
    var maximumDelay: Duration = .seconds(3600)

    static let standard = RetryPolicy(maxAttempts: 5, delay: .seconds(5), backoff: true)

    /// The wait after failed attempt `attempt` (1-based); `jitter` is uniform in 0..<1.
    func delay(afterAttempt attempt: Int, jitter: Double) -> Duration {
        guard backoff else { return delay }
        let exponent = min(max(attempt - 1, 0), 30)
        let full = min(delay * (1 << exponent), maximumDelay)
        return full / 2 + (full / 2) * min(max(jitter, 0), 1)
    }
}

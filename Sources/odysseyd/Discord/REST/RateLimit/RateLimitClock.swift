/// Where the rate limiter reads the time and waits. Monotonic instants: a wall-clock jump must
/// neither release a bucket early nor hold it for hours.
protocol RateLimitClock: Sendable {
    var now: ContinuousClock.Instant { get }
    /// Returns at `deadline`, or throws `CancellationError` when the task is cancelled first.
    func sleep(until deadline: ContinuousClock.Instant) async throws
}

struct SystemRateLimitClock: RateLimitClock {
    var now: ContinuousClock.Instant { ContinuousClock.now }

    func sleep(until deadline: ContinuousClock.Instant) async throws {
        try await ContinuousClock().sleep(until: deadline, tolerance: nil)
    }
}

/// At most `limit` events in any `window`: a log of event instants, oldest first. Sliding rather
/// than fixed windows, so a burst at the end of one window and the start of the next cannot add up
/// to twice the limit.
///
/// ```swift
/// var log = SlidingWindowLog(limit: 2, window: .seconds(600))
/// log.record(at: t0); log.record(at: t0 + .seconds(5))
/// log.nextAllowed(at: t0 + .seconds(10))   // t0 + 600 s
/// ```
struct SlidingWindowLog: Sendable {
    let limit: Int
    let window: Duration
    private var events: [ContinuousClock.Instant] = []
    /// Events before `head` have left the window; dropped from storage in batches.
    private var head = 0

    init(limit: Int, window: Duration) {
        self.limit = max(limit, 1)
        self.window = window
    }

    /// Events still inside the window at `now`.
    mutating func count(at now: ContinuousClock.Instant) -> Int {
        prune(now)
        return events.count - head
    }

    /// Nil when one more event fits at `now`; otherwise the first instant at which it will.
    mutating func nextAllowed(at now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        let count = count(at: now)
        guard count >= limit else { return nil }
        // Once this event leaves, count - limit + 1 have left and limit - 1 remain.
        return events[head + count - limit] + window
    }

    mutating func record(at instant: ContinuousClock.Instant) {
        // Kept in order: an instant older than the newest is counted as the newest, which only
        // ever holds it in the window longer.
        events.append(max(instant, events.last ?? instant))
    }

    var isEmpty: Bool { head == events.count }

    private mutating func prune(_ now: ContinuousClock.Instant) {
        while head < events.count, events[head] + window <= now { head += 1 }
        if head == events.count {
            events.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= events.count {
            events.removeFirst(head)
            head = 0
        }
    }
}

import Foundation
import Synchronization

/// Where the job system reads the time. Every time it writes to the database comes from here (not
/// from `now()` in SQL), so tests can move time and check retry and schedule timing exactly.
protocol JobClock: Sendable {
    func now() -> Date
}

struct SystemJobClock: JobClock {
    func now() -> Date { Date() }
}

/// A clock that moves only when told to, for tests.
///
/// ```swift
/// let clock = ManualJobClock(Date(timeIntervalSince1970: 1_800_000_000))
/// clock.advance(by: .seconds(30))
/// ```
final class ManualJobClock: JobClock {
    private let current: Mutex<Date>

    init(_ start: Date) {
        current = Mutex(start)
    }

    func now() -> Date { current.withLock { $0 } }

    func advance(by duration: Duration) {
        current.withLock { $0 = $0.addingTimeInterval(duration.seconds) }
    }

    func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}

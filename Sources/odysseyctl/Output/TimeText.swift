import Foundation

/// Dates for people: wall-clock time in the operator's zone, and how far that is from now.
///
/// ```swift
/// let time = TimeText()  // now, in the local zone
/// time.local(job.createdAt)     // "2025-11-22 03:53:20 +01:00"
/// time.relative(job.runAt)      // "in 2m", "5s ago", "now"
/// time.localAndRelative(date)   // "2025-11-22 03:53:20 +01:00 (5s ago)", "-" for nil
/// ```
///
/// The zone is written as its UTC offset, as the daemon writes a schedule's `next_run_local`:
/// ICU's abbreviations on Linux are mostly "GMT+3" anyway.
///
/// Renderers take one as a parameter so tests can fix the clock and the zone.
struct TimeText: Sendable {
    var now: Date
    var timeZone: TimeZone

    init(now: Date = Date(), timeZone: TimeZone = .current) {
        self.now = now
        self.timeZone = timeZone
    }

    func local(_ date: Date) -> String {
        // Built per call: DateFormatter is not Sendable, and a command formats a few dozen dates.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        return formatter.string(from: date)
    }

    /// Within a second of now counts as now, so a job enqueued to run at once reads so.
    func relative(_ date: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if abs(seconds) < 1 { return "now" }
        let amount = DurationText.compact(abs(seconds))
        return seconds > 0 ? "in \(amount)" : "\(amount) ago"
    }

    func relative(_ date: Date?) -> String {
        date.map { relative($0) } ?? "-"
    }

    func localAndRelative(_ date: Date?) -> String {
        guard let date else { return "-" }
        return "\(local(date)) (\(relative(date)))"
    }
}

import Foundation

/// A calendar day in UTC, the unit command usage is counted in (`command_usage_*.day`).
///
/// UTC, not the guild's zone: one row per day must mean the same day for every daemon and
/// every reader, and Discord gives no guild time zone anyway.
///
/// ```swift
/// let day = UsageDay(interaction.id.timestamp)   // 2027-01-15
/// let weekAgo = day.adding(days: -6)             // the first day of a 7-day window
/// try await db.query("SELECT … WHERE day >= $1::date", [weekAgo])
/// ```
struct UsageDay: Hashable, Comparable, Sendable, CustomStringConvertible, PostgresEncodable {
    /// Days since 1970-01-01.
    let daysSinceEpoch: Int

    init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    init(_ date: Date) {
        daysSinceEpoch = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Midnight UTC at the start of the day.
    var start: Date { Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400) }

    func adding(days: Int) -> UsageDay { UsageDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// `YYYY-MM-DD`, which PostgreSQL reads as a `date` whatever its DateStyle.
    var description: String {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: start)
        return "\(Self.padded(parts.year ?? 1970, 4))-\(Self.padded(parts.month ?? 1, 2))-\(Self.padded(parts.day ?? 1, 2))"
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    var postgresText: String? { description }

    static func < (lhs: UsageDay, rhs: UsageDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

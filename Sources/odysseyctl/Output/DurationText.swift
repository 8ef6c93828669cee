/// Short human durations for terminals: the two largest units, like `uptime`.
///
/// ```swift
/// DurationText.uptime(11_520)      // "3h 12m"
/// DurationText.milliseconds(1_250) // "1.25 s"
/// ```
enum DurationText {
    static func uptime(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let (days, hours, minutes, secs) = (
            total / 86_400, total % 86_400 / 3_600, total % 3_600 / 60, total % 60
        )
        switch total {
        case ..<60: return "\(secs)s"
        case ..<3_600: return "\(minutes)m \(secs)s"
        case ..<86_400: return "\(hours)h \(minutes)m"
        default: return "\(days)d \(hours)h"
        }
    }

    static func milliseconds(_ milliseconds: Int) -> String {
        guard milliseconds >= 1_000 else { return "\(milliseconds) ms" }
        let hundredths = (milliseconds + 5) / 10
        return "\(hundredths / 100).\(twoDigits(hundredths % 100)) s"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

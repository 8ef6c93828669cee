import Foundation

/// `timestamptz` text in ISO style, both ways, without a DateFormatter on the hot path.
enum PostgresTimestamp {
    /// Parses `YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM[:SS]]]`, `infinity` and `-infinity`.
    static func parse(_ text: String) -> Date? {
        switch text {
        case "infinity": return .distantFuture
        case "-infinity": return .distantPast
        default: break
        }
        let bytes = Array(text.utf8)
        var position = 0

        func number(_ digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<position + digits] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            position += digits
            return value
        }
        func expect(_ characters: Set<UInt8>) -> Bool {
            guard position < bytes.count, characters.contains(bytes[position]) else { return false }
            position += 1
            return true
        }

        guard let year = number(4), expect([45]), let month = number(2), expect([45]), let day = number(2),
              expect([32, 84]), let hour = number(2), expect([58]), let minute = number(2), expect([58]),
              let second = number(2)
        else { return nil }

        var fraction = 0.0
        if position < bytes.count, bytes[position] == 46 {
            position += 1
            var scale = 0.1
            while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
                fraction += Double(bytes[position] - 48) * scale
                scale /= 10
                position += 1
            }
        }

        var offsetSeconds = 0
        if position < bytes.count {
            if bytes[position] == 90 {  // "Z"
                position += 1
            } else {
                let sign = bytes[position] == 45 ? -1 : 1
                guard expect([43, 45]), let offsetHours = number(2) else { return nil }
                var offsetMinutes = 0
                var offsetRest = 0
                if expect([58]) { guard let minutes = number(2) else { return nil }; offsetMinutes = minutes }
                if expect([58]) { guard let seconds = number(2) else { return nil }; offsetRest = seconds }
                offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60 + offsetRest)
            }
        }
        guard position == bytes.count, (1...12).contains(month), (1...31).contains(day) else { return nil }

        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// ISO 8601 in UTC with microseconds, which PostgreSQL reads back exactly.
    static func format(_ date: Date) -> String {
        if date == .distantFuture { return "infinity" }
        if date == .distantPast { return "-infinity" }
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        var seconds = Int(floor(microseconds / 1_000_000))
        let fraction = Int(microseconds) - seconds * 1_000_000
        let days = Int(floor(Double(seconds) / 86_400))
        seconds -= days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
            year, month, day, seconds / 3600, seconds / 60 % 60, seconds % 60, fraction
        )
    }

    /// Howard Hinnant's days-from-civil: proleptic Gregorian calendar, any year.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

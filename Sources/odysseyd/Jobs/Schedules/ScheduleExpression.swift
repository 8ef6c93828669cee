import Foundation

/// A recurring schedule for a job: parsed once, then asked for its next slot.
///
/// ```swift
/// let schedule = try ScheduleExpression(parsing: "Monday 10:00")
/// let moscow = TimeZone(identifier: "Europe/Moscow")!
/// let next = schedule.nextSlot(after: .now, in: moscow)   // next Monday 10:00 Moscow time
/// ```
///
/// Accepted forms (case-insensitive, any amount of whitespace between words):
/// - 5-field cron, `minute hour day-of-month month day-of-week`, with `*`, lists, ranges, steps
///   (`*/15`, `1-30/2`, `10/5`), month names `JAN`…`DEC`, weekday names `SUN`…`SAT` (full names
///   too) and 7 for Sunday. As in Vixie cron, when both day fields are restricted a day matches
///   if EITHER does; a field written starting with `*` (even `*/2`) counts as unrestricted.
///   Macros: `@hourly`, `@daily`/`@midnight`, `@weekly` (Sunday 00:00), `@monthly`,
///   `@yearly`/`@annually`.
/// - Intervals: `every minute`, `every N minutes` (1–1440), `every hour`, `every N hours` (1–168).
/// - Wall-clock: `daily 09:00`, `every day [at] 09:00`, `Monday 10:00`, `every Mon,Thu at 18:30`,
///   `weekdays 09:00` (Mon–Fri), `weekends 12:00`, `monthly 1 10:00`, `day 1 [at] 10:00`,
///   `every month on day 1 at 10:00`. Months without that day are skipped, as in cron.
///
/// Time semantics:
/// - Intervals are absolute time: the slots are the instants whose Unix time is a multiple of the
///   interval, so they ignore the zone and DST never skips or doubles them.
/// - Cron and wall-clock forms are evaluated on the local clock of the zone passed in:
///   - a local time that does not exist that day (spring-forward gap) runs once, read with the
///     offset in force before the transition, i.e. shifted by the gap: 02:30 in Europe/Berlin on
///     2026-03-29 runs at 02:30 CET = 01:30Z (03:30 CEST);
///   - a local time that occurs twice (fall-back overlap) runs once, at its first occurrence:
///     02:30 in Europe/Berlin on 2026-10-25 runs at 02:30 CEST = 00:30Z only.
/// - A slot is always strictly after the instant asked about; `nextSlot` returns nil only when the
///   expression has no slot within 5 years (e.g. `0 0 30 2 *`).
struct ScheduleExpression: Sendable, Equatable, CustomStringConvertible {
    /// What the schedule compiles to.
    enum Rule: Sendable, Equatable {
        /// Every `seconds` of absolute time, aligned to the Unix epoch.
        case interval(seconds: Int)
        /// Local wall-clock times, as cron describes them.
        case calendar(CalendarRule)
    }

    static let maximumLength = 200

    /// The text as written, trimmed.
    let text: String
    let rule: Rule

    var description: String { text }

    /// Parses `text`; throws ScheduleExpressionError saying what was wrong, where, and what is expected.
    init(parsing text: String) throws(ScheduleExpressionError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ScheduleExpressionError(message: "empty schedule expression") }
        guard trimmed.count <= Self.maximumLength else {
            throw ScheduleExpressionError(message: "schedule expression is too long (\(trimmed.count) characters, at most \(Self.maximumLength))")
        }
        self.text = trimmed
        rule = try ScheduleParser.parse(trimmed)
    }

    /// The first slot strictly after `instant`, evaluated in `timeZone`; nil if none within 5 years.
    func nextSlot(after instant: Date, in timeZone: TimeZone) -> Date? {
        let seconds = instant.timeIntervalSince1970.rounded(.down)
        // Far outside any date a scheduler meets, and Int(_:) would trap on non-finite values.
        guard seconds.isFinite, abs(seconds) < 1e14 else { return nil }
        // Slots are whole seconds, so "after 10.5" and "after 10" have the same answer.
        let after = Int(seconds)
        let next: Int? = switch rule {
        case .interval(let step):
            (after >= 0 ? after / step : (after - step + 1) / step) * step + step
        case .calendar(let calendar):
            calendar.nextSlot(after: after, clock: WallClock(timeZone: timeZone))
        }
        return next.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// Slots in (`instant`, `end`], ascending, at most `limit`.
    func slots(after instant: Date, through end: Date, in timeZone: TimeZone, limit: Int) -> [Date] {
        var slots: [Date] = []
        var cursor = instant
        while slots.count < limit, let next = nextSlot(after: cursor, in: timeZone), next <= end {
            slots.append(next)
            cursor = next
        }
        return slots
    }
}

/// Local wall-clock times described by cron's five sets of allowed values.
struct CalendarRule: Sendable, Equatable {
    let minutes: CronField
    let hours: CronField
    let daysOfMonth: CronField
    let months: CronField
    let daysOfWeek: CronField

    /// How many days past the starting one to look before concluding there is no slot.
    static let searchDays = 5 * 366

    /// Whether a local date in an allowed month has slots: Vixie cron's OR when both day fields
    /// are restricted, AND otherwise.
    private func matchesDay(of date: CivilDate, dayNumber: Int) -> Bool {
        let dayOfMonthMatches = daysOfMonth.contains(date.day)
        let weekdayMatches = daysOfWeek.contains(CivilDate.weekday(dayNumber: dayNumber))
        if daysOfMonth.isWildcard || daysOfWeek.isWildcard {
            return dayOfMonthMatches && weekdayMatches
        }
        return dayOfMonthMatches || weekdayMatches
    }

    /// The first slot strictly after the Unix time `after`, as Unix time.
    func nextSlot(after: Int, clock: WallClock) -> Int? {
        // A wall time W lands at W - offset, the offset being one the zone uses within two days of
        // `after` (see WallClock.resolve), so a slot after `after` needs W > after + offset. The
        // smallest such offset bounds the wall times worth trying from below; usually the bound is
        // simply the local time of `after`.
        let offsetNow = clock.offset(at: after)
        let smallestOffset = min(offsetNow, clock.offset(at: after - 172_800), clock.offset(at: after + 172_800))
        let threshold = after + smallestOffset
        let firstDay = Self.floorDivide(threshold, 86_400)
        let thresholdInFirstDay = threshold - firstDay * 86_400

        // Wall times map to ascending instants except that gap times land up to the gap's length
        // late, after wall times that follow them. So the first non-gap slot past `after` is the
        // answer unless a gap slot seen before it lands earlier still.
        var best: Int?
        var day = firstDay
        while day <= firstDay + Self.searchDays {
            let date = CivilDate(dayNumber: day)
            guard months.contains(date.month) else {
                // Jump to the next month's first day: "0 0 30 2 *" would otherwise step through
                // five years of days one by one before giving up.
                day = CivilDate(year: date.month == 12 ? date.year + 1 : date.year, month: date.month % 12 + 1, day: 1).dayNumber
                continue
            }
            if matchesDay(of: date, dayNumber: day) {
                let skipThrough = day == firstDay ? thresholdInFirstDay : -1
                for hour in hours.values where hour * 3600 + 3599 > skipThrough {
                    for minute in minutes.values where hour * 3600 + minute * 60 > skipThrough {
                        let landing = clock.resolve(wallSeconds: day * 86_400 + hour * 3600 + minute * 60)
                        guard landing.instant > after else { continue }
                        let earliest = min(best ?? landing.instant, landing.instant)
                        if !landing.isInGap { return earliest }
                        best = earliest
                    }
                }
            }
            day += 1
        }
        return best
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}

/// Turns schedule text into a `ScheduleExpression.Rule`.
private enum ScheduleParser {
    static func parse(_ text: String) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        let words = text.split(whereSeparator: \.isWhitespace)
        // Checked above, but the parser must not trust its caller with an index.
        guard let first = words.first else { throw ScheduleExpressionError(message: "empty schedule expression") }
        let keyword = first.lowercased()

        if keyword.hasPrefix("@") {
            return try macro(words)
        }
        if first.allSatisfy({ "0123456789*/,-".contains($0) }) {
            return try cron(words)
        }
        var phrase = Phrase(joiningCommaLists(words))
        switch keyword {
        case "every":
            phrase.advance()
            return try every(&phrase)
        case "daily":
            phrase.advance()
            return try wallClock(days: .everyDay, &phrase, form: "daily", example: "daily 09:00")
        case "monthly", "day":
            phrase.advance()
            if keyword == "monthly" {
                phrase.skip("on")
                phrase.skip("day")
            }
            return try monthly(&phrase, form: keyword)
        default:
            if let days = try dayList(&phrase, unknownIsError: false) {
                return try wallClock(days: days, &phrase, form: String(first), example: "\(first) 10:00")
            }
            // Five words that are no simple form: a cron expression with a typo, most likely.
            if words.count == 5 {
                return try cron(words)
            }
            // "<word> HH:MM" has the weekly form's shape, so name the word that is not a weekday.
            if words.count > 1, words.last?.contains(":") == true {
                _ = try dayList(&phrase, unknownIsError: true)
            }
            throw ScheduleExpressionError(message: "unrecognized schedule \"\(text)\" (expected a 5-field cron expression, an @macro, \"every N minutes\", \"daily HH:MM\", \"Monday 10:00\" or \"day 1 10:00\")")
        }
    }

    // MARK: Cron

    static func cron(_ fields: [Substring]) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        guard fields.count == 5 else {
            throw ScheduleExpressionError(message: "expected 5 cron fields (minute hour day month weekday), got \(fields.count)")
        }
        return .calendar(CalendarRule(
            minutes: try CronField(parsing: fields[0], as: .minute),
            hours: try CronField(parsing: fields[1], as: .hour),
            daysOfMonth: try CronField(parsing: fields[2], as: .dayOfMonth),
            months: try CronField(parsing: fields[3], as: .month),
            daysOfWeek: try CronField(parsing: fields[4], as: .dayOfWeek)))
    }

    static func macro(_ words: [Substring]) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        let name = words[0]
        let expansion: String
        switch name.lowercased() {
        case "@hourly": expansion = "0 * * * *"
        case "@daily", "@midnight": expansion = "0 0 * * *"
        case "@weekly": expansion = "0 0 * * 0"
        case "@monthly": expansion = "0 0 1 * *"
        case "@yearly", "@annually": expansion = "0 0 1 1 *"
        default:
            throw ScheduleExpressionError(message: "unknown macro \"\(name)\" (expected @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually)")
        }
        guard words.count == 1 else {
            throw ScheduleExpressionError(message: "unexpected \"\(words[1])\" after \(name) (a macro stands alone)")
        }
        return try cron(expansion.split(separator: " "))
    }

    // MARK: Simple forms

    /// Days of the week a wall-clock form runs on.
    enum Days {
        case everyDay
        case weekdays(Set<Int>)
    }

    /// After "every": an interval, or a wall-clock form with "every" in front.
    static func every(_ phrase: inout Phrase) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        guard let word = phrase.current else {
            throw ScheduleExpressionError(message: "\"every\" needs what follows it, e.g. \"every 10 minutes\", \"every day 09:00\" or \"every Monday 10:00\"")
        }
        switch word.lowercased() {
        case "minute", "hour":
            phrase.advance()
            try phrase.expectEnd(after: "\"every \(word)\"")
            return .interval(seconds: word.lowercased() == "minute" ? 60 : 3600)
        case "day":
            phrase.advance()
            return try wallClock(days: .everyDay, &phrase, form: "every day", example: "every day at 09:00")
        case "month":
            phrase.advance()
            phrase.skip("on")
            guard phrase.skip("day") else {
                throw ScheduleExpressionError(message: "\"every month\" needs a day, e.g. \"every month on day 1 at 10:00\"")
            }
            return try monthly(&phrase, form: "every month on day")
        default:
            break
        }
        if let count = CronField.decimal(word) {
            phrase.advance()
            return try interval(count: count, written: word, &phrase)
        }
        if let days = try dayList(&phrase, unknownIsError: phrase.remaining > 1) {
            return try wallClock(days: days, &phrase, form: "every \(word)", example: "every \(word) 10:00")
        }
        throw ScheduleExpressionError(message: "unrecognized schedule after \"every\": \"\(word)\"")
    }

    static func interval(count: Int, written: Substring, _ phrase: inout Phrase) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        guard let unit = phrase.current else {
            throw ScheduleExpressionError(message: "\"every \(written)\" needs a unit (expected minutes or hours)")
        }
        let unitSeconds: Int, maximum: Int, unitName: String
        switch unit.lowercased() {
        case "minute", "minutes": (unitSeconds, maximum, unitName) = (60, 1440, "minutes")
        case "hour", "hours": (unitSeconds, maximum, unitName) = (3600, 168, "hours")
        case "day", "days", "week", "weeks", "month", "months":
            throw ScheduleExpressionError(message: "\"every \(written) \(unit)\" is not supported (intervals are in minutes or hours; use \"daily HH:MM\" or a cron expression)")
        default:
            throw ScheduleExpressionError(message: "unknown unit \"\(unit)\" in \"every \(written) \(unit)\" (expected minutes or hours)")
        }
        let whole = "every \(written) \(unit)"
        guard count >= 1 else {
            throw ScheduleExpressionError(message: "\(whole): the interval must be at least 1")
        }
        guard count <= maximum else {
            throw ScheduleExpressionError(message: "\(whole): the interval must be at most \(maximum) \(unitName)")
        }
        phrase.advance()
        try phrase.expectEnd(after: "\"\(whole)\"")
        return .interval(seconds: count * unitSeconds)
    }

    /// The phrase's current word as days of the week, advancing past it, or nil if it is not about
    /// weekdays. `unknownIsError` makes an unknown name an "unknown weekday" error instead of nil.
    static func dayList(_ phrase: inout Phrase, unknownIsError: Bool) throws(ScheduleExpressionError) -> Days? {
        guard let word = phrase.current else { return nil }
        switch word.lowercased() {
        case "weekday", "weekdays":
            phrase.advance()
            return .weekdays([1, 2, 3, 4, 5])
        case "weekend", "weekends":
            phrase.advance()
            return .weekdays([0, 6])
        default:
            break
        }
        var days = Set<Int>()
        for name in word.split(separator: ",", omittingEmptySubsequences: false) {
            guard let day = CronField.weekdayNumber(name) else {
                guard unknownIsError else { return nil }
                if name.isEmpty {
                    throw ScheduleExpressionError(message: "\"\(word)\" has an empty item in its list of weekdays")
                }
                throw ScheduleExpressionError(message: "unknown weekday \"\(name)\" (expected Monday…Sunday or Mon…Sun)")
            }
            days.insert(day)
        }
        phrase.advance()
        return .weekdays(days)
    }

    static func monthly(_ phrase: inout Phrase, form: String) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        guard let word = phrase.current else {
            throw ScheduleExpressionError(message: "\"\(form)\" needs a day of the month and a time, e.g. \"\(form) 1 10:00\"")
        }
        guard let day = CronField.decimal(word) else {
            throw ScheduleExpressionError(message: "\"\(word)\" is not a day of the month (expected 1–31)")
        }
        guard (1...31).contains(day) else {
            throw ScheduleExpressionError(message: "day \"\(word)\" is out of range 1–31")
        }
        phrase.advance()
        let time = try timeOfDay(&phrase, form: "\(form) \(word)", example: "\(form) \(word) 10:00")
        return .calendar(CalendarRule(
            minutes: CronField(values: [time.minute], isWildcard: false),
            hours: CronField(values: [time.hour], isWildcard: false),
            daysOfMonth: CronField(values: [day], isWildcard: false),
            months: .all(.month),
            daysOfWeek: .all(.dayOfWeek)))
    }

    static func wallClock(days: Days, _ phrase: inout Phrase, form: String, example: String) throws(ScheduleExpressionError) -> ScheduleExpression.Rule {
        let time = try timeOfDay(&phrase, form: form, example: example)
        let weekdays: CronField = switch days {
        case .everyDay: .all(.dayOfWeek)
        case .weekdays(let set): CronField(values: set, isWildcard: false)
        }
        return .calendar(CalendarRule(
            minutes: CronField(values: [time.minute], isWildcard: false),
            hours: CronField(values: [time.hour], isWildcard: false),
            daysOfMonth: .all(.dayOfMonth),
            months: .all(.month),
            daysOfWeek: weekdays))
    }

    /// `[at] HH:MM` and nothing after it.
    static func timeOfDay(_ phrase: inout Phrase, form: String, example: String) throws(ScheduleExpressionError) -> (hour: Int, minute: Int) {
        phrase.skip("at")
        guard let word = phrase.current else {
            throw ScheduleExpressionError(message: "\"\(form)\" needs a time of day, e.g. \"\(example)\"")
        }
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = CronField.decimal(parts[0]), let minute = CronField.decimal(parts[1]),
              hour <= 23, minute <= 59
        else {
            throw ScheduleExpressionError(message: "\"\(word)\" is not a time of day (expected HH:MM, 00:00–23:59)")
        }
        phrase.advance()
        try phrase.expectEnd(after: "the time of day")
        return (hour, minute)
    }

    /// Glues "Monday, Thursday" and "Monday ,Thursday" back into one word, so a list of days
    /// may be written with spaces.
    static func joiningCommaLists(_ words: [Substring]) -> [String] {
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.hasSuffix(",") || word.hasPrefix(",") {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(String(word))
            }
        }
        return joined
    }
}

/// The words of a simple-form schedule, consumed left to right.
private struct Phrase {
    private let words: [String]
    private var position = 0

    init(_ words: [String]) { self.words = words }

    /// Words not yet consumed, the current one included.
    var remaining: Int { words.count - position }

    var current: Substring? { position < words.count ? Substring(words[position]) : nil }

    mutating func advance() { position += 1 }

    /// Consumes `word` (any case) if it is next.
    @discardableResult
    mutating func skip(_ word: String) -> Bool {
        guard current?.lowercased() == word else { return false }
        advance()
        return true
    }

    func expectEnd(after what: String) throws(ScheduleExpressionError) {
        if let extra = current {
            throw ScheduleExpressionError(message: "unexpected \"\(extra)\" after \(what)")
        }
    }
}

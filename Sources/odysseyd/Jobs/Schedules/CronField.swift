/// One field of a cron expression: the set of values it allows.
///
/// Syntax per comma-separated item: `*`, `5`, `1-5`, `*/15`, `1-30/2`, `10/5` (10 to the field's
/// maximum in steps of 5); month and weekday fields also take names (`JAN`, `january`, `MON`,
/// `monday`), case-insensitively. Weekday 7 means Sunday, like 0.
struct CronField: Sendable, Equatable {
    enum Kind: Sendable {
        case minute, hour, dayOfMonth, month, dayOfWeek

        var name: String {
            switch self {
            case .minute: "minute"
            case .hour: "hour"
            case .dayOfMonth: "day-of-month"
            case .month: "month"
            case .dayOfWeek: "day-of-week"
            }
        }

        /// Values as written; day-of-week accepts 7 for Sunday and folds it to 0 afterwards.
        var bounds: ClosedRange<Int> {
            switch self {
            case .minute: 0...59
            case .hour: 0...23
            case .dayOfMonth: 1...31
            case .month: 1...12
            case .dayOfWeek: 0...7
            }
        }

        fileprivate var expected: String {
            switch self {
            case .month: "1–12 or JAN…DEC"
            case .dayOfWeek: "0–7 or SUN…SAT"
            default: "\(bounds.lowerBound)–\(bounds.upperBound)"
            }
        }

        fileprivate func value(named name: Substring) -> Int? {
            switch self {
            case .month: CronField.monthNumber(name)
            case .dayOfWeek: CronField.weekdayNumber(name)
            default: nil
            }
        }
    }

    /// Bit `v` is set when value `v` is allowed.
    let mask: UInt64
    /// The allowed values in ascending order, so a day's slots can be walked without sorting.
    let values: [Int]
    /// Written starting with `*` (`*`, `*/2`). Vixie cron decides its day-of-month/day-of-week
    /// OR rule on exactly this, so `*/2` counts as unrestricted there.
    let isWildcard: Bool

    init(values: some Sequence<Int>, isWildcard: Bool) {
        var mask: UInt64 = 0
        for value in values where (0..<64).contains(value) {
            mask |= 1 << UInt64(value)
        }
        self.mask = mask
        self.values = (0..<64).filter { mask & (1 << UInt64($0)) != 0 }
        self.isWildcard = isWildcard
    }

    /// Every value of `kind` (Sunday once, as 0), as `*` would give.
    static func all(_ kind: Kind) -> CronField {
        CronField(values: kind == .dayOfWeek ? 0...6 : kind.bounds, isWildcard: true)
    }

    func contains(_ value: Int) -> Bool {
        (0..<64).contains(value) && mask & (1 << UInt64(value)) != 0
    }

    init(parsing field: Substring, as kind: Kind) throws(ScheduleExpressionError) {
        var allowed: [Int] = []
        for item in field.split(separator: ",", omittingEmptySubsequences: false) {
            guard !item.isEmpty else {
                throw ScheduleExpressionError(message: "\(kind.name) field \"\(field)\" has an empty list item (expected e.g. 1,15,30)")
            }
            allowed += try Self.parseItem(item, of: field, as: kind)
        }
        if kind == .dayOfWeek {
            allowed = allowed.map { $0 == 7 ? 0 : $0 }
        }
        self.init(values: allowed, isWildcard: field.hasPrefix("*"))
    }

    private static func parseItem(_ item: Substring, of field: Substring, as kind: Kind) throws(ScheduleExpressionError) -> [Int] {
        func failure(_ clause: String, about part: Substring) -> ScheduleExpressionError {
            part == field
                ? ScheduleExpressionError(message: "\(kind.name) field \"\(field)\" \(clause)")
                : ScheduleExpressionError(message: "\(kind.name) field \"\(field)\": \"\(part)\" \(clause)")
        }
        func value(_ text: Substring) throws(ScheduleExpressionError) -> Int {
            if let number = decimal(text) {
                guard kind.bounds.contains(number) else {
                    throw failure("is out of range \(kind.bounds.lowerBound)–\(kind.bounds.upperBound)", about: text)
                }
                return number
            }
            if let named = kind.value(named: text) { return named }
            let what = switch kind {
            case .month: "is not a month"
            case .dayOfWeek: "is not a weekday"
            default: "is not a number"
            }
            throw failure("\(what) (expected \(kind.expected))", about: text)
        }

        let parts = item.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let base = parts[0]
        var step = 1
        if parts.count == 2 {
            guard let parsed = decimal(parts[1]) else {
                throw failure("has a step that is not a number (expected e.g. */15 or 1-30/2)", about: item)
            }
            guard parsed >= 1 else {
                throw ScheduleExpressionError(message: "\(kind.name) field \"\(field)\": step must be at least 1")
            }
            step = parsed
        }

        let low: Int
        var high: Int
        if base == "*" {
            (low, high) = (kind.bounds.lowerBound, kind == .dayOfWeek ? 6 : kind.bounds.upperBound)
        } else if let dash = base.firstIndex(of: "-") {
            let start = base[..<dash], end = base[base.index(after: dash)...]
            guard !start.isEmpty, !end.isEmpty else {
                throw failure("is not a range (expected a-b, e.g. 1-5)", about: base)
            }
            (low, high) = (try value(start), try value(end))
            // "FRI-SUN" reads naturally; Sunday's 0 would make it backwards, so use its other number.
            if kind == .dayOfWeek, high == 0, low > 0 { high = 7 }
            guard low <= high else {
                throw failure("is backwards (the range must run from low to high)", about: base)
            }
        } else {
            low = try value(base)
            // "a/n" means from a to the field's end in steps of n; a bare value is just itself.
            high = parts.count == 2 ? kind.bounds.upperBound : low
        }
        return Array(stride(from: low, through: high, by: step))
    }

    /// Non-negative ASCII decimal; absurdly long numbers come back as `Int.max` so they read as out of range.
    static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return text.count > 9 ? Int.max : Int(text)
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]
    private static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// 1...12 for a month's three-letter or full English name, any case.
    static func monthNumber(_ name: Substring) -> Int? {
        index(of: name, in: monthNames).map { $0 + 1 }
    }

    /// 0 (Sunday)...6 for a weekday's three-letter or full English name, any case.
    static func weekdayNumber(_ name: Substring) -> Int? {
        index(of: name, in: weekdayNames)
    }

    private static func index(of name: Substring, in names: [String]) -> Int? {
        let lowered = name.lowercased()
        return names.firstIndex { $0 == lowered || (lowered.count == 3 && $0.hasPrefix(lowered)) }
    }
}

import Foundation

/// A proleptic-Gregorian calendar date with no time zone, numbered by days since 1970-01-01.
///
/// Pure integer arithmetic (Howard Hinnant's `days_from_civil` / `civil_from_days`): the scheduler
/// steps through dates thousands of times per call in the worst case, and `Calendar` is both slower
/// and, on Linux, resolves nonexistent/ambiguous local times differently from what we document.
struct CivilDate: Sendable, Equatable {
    var year: Int
    /// 1...12
    var month: Int
    /// 1...31
    var day: Int

    /// The date `dayNumber` days after 1970-01-01 (negative before it).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153 // March = 0, so leap days fall at the year's end
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 = Sunday … 6 = Saturday, as in cron.
    static func weekday(dayNumber: Int) -> Int {
        // 1970-01-01 was a Thursday.
        let remainder = (dayNumber + 4) % 7
        return remainder < 0 ? remainder + 7 : remainder
    }
}

/// Converts between instants and local wall-clock time in one IANA zone.
///
/// "Wall seconds" are a local date-time written as if it were a UTC epoch time:
/// 2026-03-29 02:30 local is `CivilDate(2026, 3, 29).dayNumber * 86400 + 2 * 3600 + 30 * 60`.
///
/// DST rules (the ones `ScheduleExpression` documents):
/// - a wall time that does not exist (spring-forward gap) is read with the offset in force before
///   the transition, so it lands the gap's length after the same wall time; 02:30 on 2026-03-29 in
///   Europe/Berlin is read as 02:30 CET = 01:30Z (shown as 03:30 CEST);
/// - a wall time that occurs twice (fall-back overlap) resolves to its first, earlier occurrence.
///
/// Assumes a zone changes its offset at most once in any four days, which holds for tzdata
/// (Samoa's skipped 2011-12-30 included).
struct WallClock: Sendable {
    let timeZone: TimeZone

    /// Where a wall time lands.
    struct Resolution: Equatable {
        /// Unix seconds.
        let instant: Int
        /// The wall time does not exist that day; `instant` is where the gap rule puts it.
        let isInGap: Bool
    }

    /// UTC offset in seconds at the Unix time `instant`.
    func offset(at instant: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// The wall seconds shown by a local clock at the Unix time `instant`.
    func wallSeconds(at instant: Int) -> Int {
        instant + offset(at: instant)
    }

    /// The instant a local clock first shows `wallSeconds`, or the gap rule's instant if it never does.
    func resolve(wallSeconds: Int) -> Resolution {
        // The instant sought is W - offset, and offsets run from -12 h to +14 h, so instants a day
        // either side of W bracket it: they give the offset before any transition near W and the
        // offset after it (the same value almost always). ±12 h would not do: with New Zealand's
        // +13 h, W - 12 h already lies after a transition that the wanted instant precedes.
        let offsetBefore = offset(at: wallSeconds - 86_400)
        let offsetAfter = offset(at: wallSeconds + 86_400)
        // The larger offset gives the earlier instant, so try it first: in an overlap both are
        // valid and the first occurrence wins.
        let earlier = max(offsetBefore, offsetAfter)
        if offset(at: wallSeconds - earlier) == earlier {
            return Resolution(instant: wallSeconds - earlier, isInGap: false)
        }
        let later = min(offsetBefore, offsetAfter)
        if later != earlier, offset(at: wallSeconds - later) == later {
            return Resolution(instant: wallSeconds - later, isInGap: false)
        }
        return Resolution(instant: wallSeconds - offsetBefore, isInGap: true)
    }
}

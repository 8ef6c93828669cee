import Foundation
import Testing
@testable import odysseyd

/// The instant written in ISO 8601 (UTC), as the tests state expectations.
private func instant(_ text: String) throws -> Date {
    try Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains(".")).parse(text)
}

private func iso(_ date: Date?) -> String? {
    date?.formatted(.iso8601)
}

private func zone(_ identifier: String) throws -> TimeZone {
    try #require(TimeZone(identifier: identifier))
}

/// The next slot after `after`, as ISO 8601 text, so failures read as dates.
private func next(_ text: String, after: String, in zoneName: String) throws -> String? {
    iso(try ScheduleExpression(parsing: text).nextSlot(after: try instant(after), in: try zone(zoneName)))
}

/// Up to `limit` slots after `after`, looking ahead `days` days.
private func slots(_ text: String, after: String, in zoneName: String, limit: Int, days: Double = 400) throws -> [String] {
    let start = try instant(after)
    return try ScheduleExpression(parsing: text)
        .slots(after: start, through: start.addingTimeInterval(days * 86_400), in: try zone(zoneName), limit: limit)
        .compactMap(iso)
}

private func parseError(_ text: String) -> String? {
    do {
        _ = try ScheduleExpression(parsing: text)
        return nil
    } catch {
        return error.message
    }
}

@Suite("ScheduleExpression parsing")
struct ScheduleExpressionParsingTests {
    @Test(arguments: [
        ("daily 09:00", "0 9 * * *"),
        ("every day 09:00", "0 9 * * *"),
        ("every day at 9:00", "0 9 * * *"),
        ("  DAILY   at  09:05 ", "5 9 * * *"),
        ("Monday 10:00", "0 10 * * 1"),
        ("Mon 10:00", "0 10 * * 1"),
        ("every Monday 10:00", "0 10 * * 1"),
        ("every monday at 10:00", "0 10 * * 1"),
        ("Monday,Thursday 18:30", "30 18 * * 1,4"),
        ("every mon , THU at 18:30", "30 18 * * 4,1"),
        ("weekdays 09:00", "0 9 * * 1-5"),
        ("every weekday at 09:00", "0 9 * * MON-FRI"),
        ("weekends 12:00", "0 12 * * 0,6"),
        ("monthly 1 10:00", "0 10 1 * *"),
        ("day 1 10:00", "0 10 1 * *"),
        ("day 1 at 10:00", "0 10 1 * *"),
        ("every month on day 1 at 10:00", "0 10 1 * *"),
        ("day 31 0:00", "0 0 31 * *"),
        ("@hourly", "0 * * * *"),
        ("@daily", "0 0 * * *"),
        ("@midnight", "0 0 * * *"),
        ("@weekly", "0 0 * * 0"),
        ("@monthly", "0 0 1 * *"),
        ("@yearly", "0 0 1 1 *"),
        ("@ANNUALLY", "0 0 1 1 *"),
        ("0 0 * * 7", "0 0 * * 0"),
        ("0 0 * * sun", "0 0 * * 0"),
        ("0 0 * * Sunday", "0 0 * * 0"),
        ("0 0 * JAN-MAR MON-FRI", "0 0 * 1-3 1-5"),
        ("0 0 * january,December *", "0 0 * 1,12 *"),
        ("0 0 * * FRI-SUN", "0 0 * * 0,5,6"),
        ("0 0 * * 5-7", "0 0 * * 0,5,6"),
        ("0\t0   *  *\t*", "0 0 * * *"),
    ])
    func formsCompileLikeCron(text: String, cron: String) throws {
        #expect(try ScheduleExpression(parsing: text).rule == ScheduleExpression(parsing: cron).rule)
    }

    @Test(arguments: [
        ("every minute", 60),
        ("every 1 minute", 60),
        ("every 2 minutes", 120),
        ("Every 10 Minutes", 600),
        ("every 1440 minutes", 86_400),
        ("every hour", 3600),
        ("every 1 hour", 3600),
        ("every 3 hours", 10_800),
        ("every 168 hours", 604_800),
    ])
    func intervals(text: String, seconds: Int) throws {
        #expect(try ScheduleExpression(parsing: text).rule == .interval(seconds: seconds))
    }

    @Test(arguments: [
        ("*/15", CronField.Kind.minute, [0, 15, 30, 45]),
        ("1-10/3", .minute, [1, 4, 7, 10]),
        ("50/5", .minute, [50, 55]),
        ("1,5-7,*/20", .minute, [0, 1, 5, 6, 7, 20, 40]),
        ("*", .hour, Array(0...23)),
        ("22-23,0", .hour, [0, 22, 23]),
        ("31", .dayOfMonth, [31]),
        ("feb-apr,Dec", .month, [2, 3, 4, 12]),
        ("*/2", .dayOfWeek, [0, 2, 4, 6]),
        ("0,7", .dayOfWeek, [0]),
        ("tue-thu", .dayOfWeek, [2, 3, 4]),
    ])
    func fieldValues(text: String, kind: CronField.Kind, values: [Int]) throws {
        #expect(try CronField(parsing: Substring(text), as: kind).values == values)
    }

    @Test func wildcardIsWhatStartsWithAStar() throws {
        #expect(try CronField(parsing: "*", as: .dayOfMonth).isWildcard)
        #expect(try CronField(parsing: "*/2", as: .dayOfMonth).isWildcard)
        #expect(try CronField(parsing: "1-31", as: .dayOfMonth).isWildcard == false)
    }

    @Test func textIsTrimmedAndIsTheDescription() throws {
        let expression = try ScheduleExpression(parsing: "  every  Monday at 10:00 \n")
        #expect(expression.text == "every  Monday at 10:00")
        #expect(expression.description == "every  Monday at 10:00")
        #expect(try expression == ScheduleExpression(parsing: "every  Monday at 10:00"))
        #expect(try expression != ScheduleExpression(parsing: "Monday 10:00"))
    }

    @Test(arguments: [
        ("", "empty schedule expression"),
        ("   \t", "empty schedule expression"),
        (String(repeating: "1", count: 201), "too long (201 characters, at most 200)"),
        ("61 * * * *", "minute field \"61\" is out of range 0–59"),
        ("5,61 * * * *", "minute field \"5,61\": \"61\" is out of range 0–59"),
        ("0 24 * * *", "hour field \"24\" is out of range 0–23"),
        ("0 0 0 * *", "day-of-month field \"0\" is out of range 1–31"),
        ("0 0 * 13 *", "month field \"13\" is out of range 1–12"),
        ("0 0 * * 8", "day-of-week field \"8\" is out of range 0–7"),
        ("1 2 3 4", "expected 5 cron fields (minute hour day month weekday), got 4"),
        ("1 2 3 4 5 6", "expected 5 cron fields (minute hour day month weekday), got 6"),
        ("x 0 * * *", "minute field \"x\" is not a number (expected 0–59)"),
        ("0 0 * FOO *", "month field \"FOO\" is not a month (expected 1–12 or JAN…DEC)"),
        ("0 0 * * Mon,XYZ", "day-of-week field \"Mon,XYZ\": \"XYZ\" is not a weekday (expected 0–7 or SUN…SAT)"),
        ("5-3 * * * *", "minute field \"5-3\" is backwards"),
        ("1- * * * *", "minute field \"1-\" is not a range"),
        ("1,,2 * * * *", "minute field \"1,,2\" has an empty list item"),
        ("*/0 * * * *", "step must be at least 1"),
        ("*/x * * * *", "has a step that is not a number"),
        ("Mondy 10:00", "unknown weekday \"Mondy\" (expected Monday…Sunday or Mon…Sun)"),
        ("every Mondy at 10:00", "unknown weekday \"Mondy\""),
        ("Monday,Tusday 10:00", "unknown weekday \"Tusday\""),
        ("daily 25:00", "\"25:00\" is not a time of day (expected HH:MM, 00:00–23:59)"),
        ("daily 12:60", "\"12:60\" is not a time of day"),
        ("daily 9:5", "\"9:5\" is not a time of day"),
        ("daily 10", "\"10\" is not a time of day"),
        ("daily", "\"daily\" needs a time of day, e.g. \"daily 09:00\""),
        ("Monday", "\"Monday\" needs a time of day"),
        ("daily 09:00 please", "unexpected \"please\" after the time of day"),
        ("every 0 minutes", "every 0 minutes: the interval must be at least 1"),
        ("every 0 hours", "every 0 hours: the interval must be at least 1"),
        ("every 1441 minutes", "every 1441 minutes: the interval must be at most 1440 minutes"),
        ("every 169 hours", "every 169 hours: the interval must be at most 168 hours"),
        ("every 99999999999999999999 minutes", "the interval must be at most 1440 minutes"),
        ("every 5 days", "\"every 5 days\" is not supported"),
        ("every 5 fortnights", "unknown unit \"fortnights\""),
        ("every 5", "\"every 5\" needs a unit"),
        ("every", "\"every\" needs what follows it"),
        ("every minute please", "unexpected \"please\" after \"every minute\""),
        ("every month at 10:00", "\"every month\" needs a day"),
        ("day 32 10:00", "day \"32\" is out of range 1–31"),
        ("day 0 10:00", "day \"0\" is out of range 1–31"),
        ("monthly first 10:00", "\"first\" is not a day of the month (expected 1–31)"),
        ("@often", "unknown macro \"@often\""),
        ("@daily 09:00", "unexpected \"09:00\" after @daily"),
        ("hello", "unrecognized schedule \"hello\""),
    ])
    func errorsSayWhatIsWrong(text: String, expected: String) {
        let message = parseError(text)
        #expect(message?.contains(expected) == true, "got \(message ?? "no error")")
    }

    @Test func errorDescriptionIsTheMessage() {
        let error = ScheduleExpressionError(message: "step must be at least 1")
        #expect(error.description == "step must be at least 1")
    }

    @Test func twoHundredCharactersAreStillAccepted() throws {
        let longest = "00 0 * * 1" + String(repeating: ",1", count: 95)
        #expect(longest.count == 200)
        #expect(try ScheduleExpression(parsing: longest).rule == ScheduleExpression(parsing: "0 0 * * 1").rule)
    }
}

@Suite("ScheduleExpression slots")
struct ScheduleExpressionSlotTests {
    // 2026-11-30 is a Monday; Moscow is UTC+3 all year.
    @Test(arguments: [
        ("Monday 10:00", "Europe/Moscow", "2026-11-30T06:59:59Z", "2026-11-30T07:00:00Z"),
        ("Monday 10:00", "Europe/Moscow", "2026-11-30T07:00:00Z", "2026-12-07T07:00:00Z"),
        ("Wednesday 12:00", "Europe/Moscow", "2026-11-30T06:59:59Z", "2026-12-02T09:00:00Z"),
        ("Monday 09:00", "Europe/Moscow", "2026-11-30T06:59:59Z", "2026-12-07T06:00:00Z"),
        ("Monday 09:05", "Europe/Moscow", "2026-11-30T06:00:00Z", "2026-11-30T06:05:00Z"),
        ("daily 09:00", "Europe/Moscow", "2026-11-30T06:00:00Z", "2026-12-01T06:00:00Z"),
        ("daily 09:00", "Europe/Moscow", "2026-11-30T05:59:59.999Z", "2026-11-30T06:00:00Z"),
        ("every 10 minutes", "Europe/Moscow", "2026-11-30T06:59:59Z", "2026-11-30T07:00:00Z"),
        ("every 10 minutes", "Europe/Moscow", "2026-11-30T07:00:00Z", "2026-11-30T07:10:00Z"),
        ("every 10 minutes", "Europe/Moscow", "2026-11-30T07:05:30.500Z", "2026-11-30T07:10:00Z"),
        ("day 1 10:00", "Europe/Moscow", "2026-11-30T06:59:59Z", "2026-12-01T07:00:00Z"),
        ("day 1 10:00", "Europe/Moscow", "2026-12-01T07:00:00Z", "2027-01-01T07:00:00Z"),
        ("every 2 minutes", "Europe/Moscow", "2026-11-30T06:59:59Z", "2026-11-30T07:00:00Z"),
        ("every 2 minutes", "Europe/Moscow", "2026-11-30T07:00:00Z", "2026-11-30T07:02:00Z"),
        ("Monday 10:00", "UTC", "2026-11-30T06:59:59Z", "2026-11-30T10:00:00Z"),
        ("Monday 10:00", "UTC", "2026-11-30T10:00:00Z", "2026-12-07T10:00:00Z"),
        ("Wednesday 12:00", "UTC", "2026-11-30T06:59:59Z", "2026-12-02T12:00:00Z"),
        ("Monday 09:00", "UTC", "2026-11-30T06:59:59Z", "2026-11-30T09:00:00Z"),
        ("Monday 09:05", "UTC", "2026-11-30T09:00:00Z", "2026-11-30T09:05:00Z"),
        ("daily 09:00", "UTC", "2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z"),
        ("every 10 minutes", "UTC", "2026-11-30T06:59:59Z", "2026-11-30T07:00:00Z"),
        ("day 1 10:00", "UTC", "2026-12-01T10:00:00Z", "2027-01-01T10:00:00Z"),
        ("every 2 minutes", "UTC", "2026-11-30T07:01:00Z", "2026-11-30T07:02:00Z"),
        ("every 3 hours", "UTC", "2026-11-30T07:00:00Z", "2026-11-30T09:00:00Z"),
        ("0 0 * * 7", "UTC", "2026-11-30T00:00:00Z", "2026-12-06T00:00:00Z"),
        ("@weekly", "UTC", "2026-11-30T00:00:00Z", "2026-12-06T00:00:00Z"),
        ("@yearly", "UTC", "2026-11-30T00:00:00Z", "2027-01-01T00:00:00Z"),
    ])
    func seededSchedules(text: String, zoneName: String, after: String, expected: String) throws {
        #expect(try next(text, after: after, in: zoneName) == expected)
    }

    @Test(arguments: [
        // Europe/Berlin: CET → CEST on Sunday 2026-03-29, back on Sunday 2026-10-25.
        ("Europe/Berlin", "2026-03-20T00:00:00Z", ["2026-03-23T09:00:00Z", "2026-03-30T08:00:00Z"]),
        ("Europe/Berlin", "2026-10-17T00:00:00Z", ["2026-10-19T08:00:00Z", "2026-10-26T09:00:00Z"]),
        // America/New_York: EST → EDT on Sunday 2026-03-08, back on Sunday 2026-11-01.
        ("America/New_York", "2026-03-01T00:00:00Z", ["2026-03-02T15:00:00Z", "2026-03-09T14:00:00Z"]),
        ("America/New_York", "2026-10-24T00:00:00Z", ["2026-10-26T14:00:00Z", "2026-11-02T15:00:00Z"]),
    ])
    func mondayTenStaysAtTenLocalAcrossDST(zoneName: String, after: String, expected: [String]) throws {
        #expect(try slots("Monday 10:00", after: after, in: zoneName, limit: 2) == expected)
    }

    @Test func springForwardGapRunsOnceShiftedByTheGap() throws {
        // 02:30 does not exist in Berlin on 2026-03-29: read as 02:30 CET = 01:30Z (03:30 CEST).
        #expect(try slots("daily 02:30", after: "2026-03-28T12:00:00Z", in: "Europe/Berlin", limit: 3)
            == ["2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z"])
        #expect(try next("daily 02:30", after: "2026-03-29T01:29:59Z", in: "Europe/Berlin") == "2026-03-29T01:30:00Z")
        #expect(try next("daily 02:30", after: "2026-03-29T01:30:00Z", in: "Europe/Berlin") == "2026-03-30T00:30:00Z")
        // New York's gap is 02:00–03:00 EST on 2026-03-08.
        #expect(try slots("daily 02:30", after: "2026-03-07T12:00:00Z", in: "America/New_York", limit: 2)
            == ["2026-03-08T07:30:00Z", "2026-03-09T06:30:00Z"])
    }

    @Test func fallBackOverlapRunsOnceAtTheFirstOccurrence() throws {
        // 02:30 happens twice in Berlin on 2026-10-25: 00:30Z (CEST) and 01:30Z (CET).
        #expect(try slots("daily 02:30", after: "2026-10-24T12:00:00Z", in: "Europe/Berlin", limit: 2)
            == ["2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"])
        #expect(try next("daily 02:30", after: "2026-10-25T00:30:00Z", in: "Europe/Berlin") == "2026-10-26T01:30:00Z")
        // Asked during the second 02:xx hour, the second 02:30 is still not a slot.
        #expect(try next("daily 02:30", after: "2026-10-25T01:15:00Z", in: "Europe/Berlin") == "2026-10-26T01:30:00Z")
        // New York repeats 01:00–02:00 on 2026-11-01; 02:30 there happens once, in EST.
        #expect(try slots("daily 01:30", after: "2026-10-31T12:00:00Z", in: "America/New_York", limit: 2)
            == ["2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"])
        #expect(try slots("daily 02:30", after: "2026-10-31T00:00:00Z", in: "America/New_York", limit: 3)
            == ["2026-10-31T06:30:00Z", "2026-11-01T07:30:00Z", "2026-11-02T07:30:00Z"])
    }

    @Test func wallTimesAroundTransitionsEachRunOnce() throws {
        // Spring: 02:00 and 02:30 CET fall on the same instants as 03:00 and 03:30 CEST.
        #expect(try slots("*/30 * * * *", after: "2026-03-28T23:59:00Z", in: "Europe/Berlin", limit: 10, days: 2.1 / 24)
            == ["2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z"])
        // Autumn: the repeated 02:xx hour runs only the first time round.
        #expect(try slots("*/30 * * * *", after: "2026-10-24T23:59:00Z", in: "Europe/Berlin", limit: 10, days: 3.1 / 24)
            == ["2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z", "2026-10-25T02:30:00Z", "2026-10-25T03:00:00Z"])
    }

    @Test func zonesAheadOfTwelveHoursFollowTheSameRules() throws {
        // Auckland is at +13 in summer, where ±12 h probes around the wall time would miss the transition.
        #expect(try next("daily 02:30", after: "2026-09-26T00:00:00Z", in: "Pacific/Auckland") == "2026-09-26T14:30:00Z")
        #expect(try slots("daily 02:30", after: "2026-04-04T00:00:00Z", in: "Pacific/Auckland", limit: 2)
            == ["2026-04-04T13:30:00Z", "2026-04-05T14:30:00Z"])
        // Samoa skipped 2011-12-30 entirely: its 10:00 shares an instant with 2011-12-31 10:00 and runs once.
        #expect(try slots("daily 10:00", after: "2011-12-29T00:00:00Z", in: "Pacific/Apia", limit: 3)
            == ["2011-12-29T20:00:00Z", "2011-12-30T20:00:00Z", "2011-12-31T20:00:00Z"])
    }

    @Test(arguments: ["Europe/Berlin", "America/New_York", "UTC"])
    func intervalsIgnoreDST(zoneName: String) throws {
        for after in ["2026-03-29T00:05:00Z", "2026-10-25T00:05:00Z", "2026-03-08T06:05:00Z", "2026-11-01T05:05:00Z"] {
            let found = try slots("every 10 minutes", after: after, in: zoneName, limit: 20, days: 1)
            let seconds = try found.map { try instant($0).timeIntervalSince1970 }
            #expect(found.count == 20)
            #expect(seconds.first.map { $0.truncatingRemainder(dividingBy: 600) } == 0)
            #expect(zip(seconds, seconds.dropFirst()).allSatisfy { $1 - $0 == 600 })
        }
    }

    @Test func slotsAreAscendingBoundedAndLimited() throws {
        let expression = try ScheduleExpression(parsing: "daily 09:00")
        let moscow = try zone("Europe/Moscow")
        let start = try instant("2026-11-30T06:00:00Z")
        let week = expression.slots(after: start, through: try instant("2026-12-07T06:00:00Z"), in: moscow, limit: 100)
        #expect(week.count == 7) // (start, end]: not the 30th's slot, but the 7th's
        #expect(iso(week.first) == "2026-12-01T06:00:00Z" && iso(week.last) == "2026-12-07T06:00:00Z")
        #expect(zip(week, week.dropFirst()).allSatisfy { $0 < $1 })
        #expect(expression.slots(after: start, through: start.addingTimeInterval(86_400 * 30), in: moscow, limit: 3).count == 3)
        #expect(expression.slots(after: start, through: start.addingTimeInterval(86_400 * 30), in: moscow, limit: 0).isEmpty)
        #expect(expression.slots(after: start, through: start, in: moscow, limit: 5).isEmpty)
    }

    @Test func impossibleDatesHaveNoSlot() throws {
        #expect(try next("0 0 30 2 *", after: "2026-01-01T00:00:00Z", in: "UTC") == nil)
        #expect(try next("0 0 31 4,6,9,11 *", after: "2026-01-01T00:00:00Z", in: "Europe/Berlin") == nil)
        #expect(try next("0 0 29 2 *", after: "2026-01-01T00:00:00Z", in: "UTC") == "2028-02-29T00:00:00Z")
    }

    @Test func dayThirtyOneSkipsShortMonths() throws {
        #expect(try slots("day 31 10:00", after: "2026-01-01T00:00:00Z", in: "UTC", limit: 5)
            == ["2026-01-31T10:00:00Z", "2026-03-31T10:00:00Z", "2026-05-31T10:00:00Z", "2026-07-31T10:00:00Z", "2026-08-31T10:00:00Z"])
    }

    @Test func bothDayFieldsRestrictedMatchEither() throws {
        // 2026-01-01 is a Thursday, 2026-02-01 a Sunday.
        #expect(try slots("0 12 1 * MON", after: "2026-01-01T00:00:00Z", in: "UTC", limit: 8) == [
            "2026-01-01T12:00:00Z", "2026-01-05T12:00:00Z", "2026-01-12T12:00:00Z", "2026-01-19T12:00:00Z",
            "2026-01-26T12:00:00Z", "2026-02-01T12:00:00Z", "2026-02-02T12:00:00Z", "2026-02-09T12:00:00Z",
        ])
        // A day field starting with "*" counts as unrestricted, as in Vixie cron: both must match.
        #expect(try slots("0 12 */2 * MON", after: "2026-01-01T00:00:00Z", in: "UTC", limit: 2)
            == ["2026-01-05T12:00:00Z", "2026-01-19T12:00:00Z"])
    }
}

@Suite("ScheduleExpression wall clock")
struct ScheduleExpressionWallClockTests {
    @Test func civilDatesRoundTrip() {
        #expect(CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
        #expect(CivilDate(dayNumber: -1) == CivilDate(year: 1969, month: 12, day: 31))
        #expect(CivilDate(dayNumber: CivilDate(year: 2028, month: 2, day: 29).dayNumber + 1) == CivilDate(year: 2028, month: 3, day: 1))
        #expect(CivilDate(dayNumber: CivilDate(year: 2100, month: 2, day: 28).dayNumber + 1) == CivilDate(year: 2100, month: 3, day: 1))
        func length(of month: Int, in year: Int) -> Int {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        // Some 4,400 years either side of 1970, day by day: each date follows the one before.
        var previous = CivilDate(dayNumber: -1_600_000)
        for day in -1_599_999...1_600_000 {
            let date = CivilDate(dayNumber: day)
            let follows = if previous.day < length(of: previous.month, in: previous.year) {
                date == CivilDate(year: previous.year, month: previous.month, day: previous.day + 1)
            } else if previous.month < 12 {
                date == CivilDate(year: previous.year, month: previous.month + 1, day: 1)
            } else {
                date == CivilDate(year: previous.year + 1, month: 1, day: 1)
            }
            guard follows, date.dayNumber == day else {
                Issue.record("day \(day): \(previous) is followed by \(date), numbered \(date.dayNumber)")
                return
            }
            previous = date
        }
    }

    @Test func weekdays() {
        #expect(CivilDate.weekday(dayNumber: 0) == 4) // 1970-01-01, a Thursday
        #expect(CivilDate.weekday(dayNumber: CivilDate(year: 2026, month: 11, day: 30).dayNumber) == 1)
        #expect(CivilDate.weekday(dayNumber: CivilDate(year: 1969, month: 12, day: 28).dayNumber) == 0)
    }

    @Test func resolvesGapsOverlapsAndOrdinaryTimes() throws {
        let berlin = WallClock(timeZone: try zone("Europe/Berlin"))
        func wall(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int {
            CivilDate(year: year, month: month, day: day).dayNumber * 86_400 + hour * 3600 + minute * 60
        }
        let gap = berlin.resolve(wallSeconds: wall(2026, 3, 29, 2, 30))
        #expect(gap.isInGap && iso(Date(timeIntervalSince1970: TimeInterval(gap.instant))) == "2026-03-29T01:30:00Z")
        let overlap = berlin.resolve(wallSeconds: wall(2026, 10, 25, 2, 30))
        #expect(!overlap.isInGap && iso(Date(timeIntervalSince1970: TimeInterval(overlap.instant))) == "2026-10-25T00:30:00Z")
        let summer = berlin.resolve(wallSeconds: wall(2026, 7, 1, 12, 0))
        #expect(!summer.isInGap && iso(Date(timeIntervalSince1970: TimeInterval(summer.instant))) == "2026-07-01T10:00:00Z")
        #expect(berlin.wallSeconds(at: summer.instant) == wall(2026, 7, 1, 12, 0))
    }
}

import Shared

/// `odysseyctl schedule ls`, `schedule on` and `schedule off` as text.
///
/// ```swift
/// print(ScheduleRenderer.listText(for: response))
/// // NAME          JOB            EXPRESSION    TIMEZONE       ON   NEXT-RUN                         LAST-RUN
/// // weekly.recap  digest.weekly  Monday 10:00  Europe/Moscow  yes  2026-12-07 10:00 +03:00 (in 3h)  6d ago (job 41)
/// ```
enum ScheduleRenderer {
    static func listText(for response: ScheduleListResponse, time: TimeText = TimeText()) -> String {
        guard !response.schedules.isEmpty else {
            return "No schedules."
        }
        var table = TextTable(columns: ["NAME", "JOB", "EXPRESSION", "TIMEZONE", "ON", "NEXT-RUN", "LAST-RUN"])
        for schedule in response.schedules {
            table.append([
                schedule.name,
                schedule.jobName,
                CellText.oneLine(schedule.expression),
                schedule.timezone,
                schedule.enabled ? "yes" : "no",
                schedule.enabled ? nextRunText(schedule, time: time) : "-",
                lastRunText(schedule, time: time),
            ])
        }
        return table.render()
    }

    /// After `schedule on` or `schedule off`: the state it is in now and when it runs next.
    static func toggledText(for schedule: ScheduleSummary, time: TimeText = TimeText()) -> String {
        guard schedule.enabled else {
            return "Schedule \(schedule.name) is off; it will not run until `odysseyctl schedule on \(schedule.name)`."
        }
        guard schedule.nextRunAt != nil || schedule.nextRunLocal != nil else {
            return "Schedule \(schedule.name) is on; it has no next run."
        }
        return "Schedule \(schedule.name) is on; next run \(nextRunText(schedule, time: time))."
    }

    /// The daemon's wall-clock time in the schedule's zone, and how far away it is.
    private static func nextRunText(_ schedule: ScheduleSummary, time: TimeText) -> String {
        switch (schedule.nextRunLocal, schedule.nextRunAt) {
        case let (local?, at?): "\(local) (\(time.relative(at)))"
        case let (local?, nil): local
        case let (nil, at?): time.localAndRelative(at)
        case (nil, nil): "-"
        }
    }

    private static func lastRunText(_ schedule: ScheduleSummary, time: TimeText) -> String {
        guard let lastRunAt = schedule.lastRunAt else { return "never" }
        let job = schedule.lastJobId.map { " (job \($0))" } ?? ""
        return time.relative(lastRunAt) + job
    }
}

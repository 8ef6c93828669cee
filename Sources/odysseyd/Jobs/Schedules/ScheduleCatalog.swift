/// The recurring schedules of the operations seed, with its times; `seed` writes them, each named
/// after the job it enqueues. Their wall-clock times are in the `default_timezone` setting's zone.
enum ScheduleCatalog {
    struct Entry: Sendable {
        let name: String
        let jobName: String
        let expression: String
    }

    static let all: [Entry] = [
        Entry(name: "weekly.horoscope.publish", jobName: "weekly.horoscope.publish", expression: "Monday 10:00"),
        Entry(name: "weekly.checkin.nudge", jobName: "weekly.checkin.nudge", expression: "Wednesday 12:00"),
        Entry(name: "weekly.raid.start", jobName: "weekly.raid.start", expression: "Monday 09:00"),
        Entry(name: "weekly.raid.end", jobName: "weekly.raid.end", expression: "Monday 09:05"),
        Entry(name: "daily.raid.offers.generate", jobName: "daily.raid.offers.generate", expression: "daily 09:00"),
        Entry(name: "raid.progress.refresh", jobName: "raid.progress.refresh", expression: "every 10 minutes"),
        Entry(name: "monthly.hall.refresh", jobName: "monthly.hall.refresh", expression: "day 1 10:00"),
        Entry(name: "public.post.publish", jobName: "public.post.publish", expression: "every 2 minutes"),
        // Recomputes today's and yesterday's engagement rows; re-enqueues tier syncs still failing.
        Entry(name: "mileage.engagement.snapshot", jobName: "mileage.engagement.snapshot", expression: "every hour"),
        Entry(name: "mileage.tiers.retry", jobName: "mileage.tiers.retry", expression: "every hour"),
    ]
}

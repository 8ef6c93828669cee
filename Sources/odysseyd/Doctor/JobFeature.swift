/// The feature a job (and so its schedule) belongs to, by the job name's prefix: what lets
/// `doctor` say "schedule weekly.raid.start is on but raids is off".
///
/// ```swift
/// JobFeature.name(forJob: "weekly.raid.start")        // "raids"
/// JobFeature.name(forJob: "weekly.horoscope.publish") // "horoscope"
/// ```
enum JobFeature {
    /// First matching prefix wins: `weekly.horoscope`/`weekly.checkin` before the generic `weekly.` strip.
    static let prefixes: [(prefix: String, feature: String)] = [
        ("weekly.horoscope", "horoscope"), ("weekly.checkin", "checkins"),
        ("duel", "duels"), ("raid", "raids"), ("pair", "pairs"), ("monthly", "monthly_hall"), ("mediator", "mediator"),
        ("public", "public_posts"), ("mileage", "mileage"), ("dice", "dice"), ("stage", "stage_queue"),
    ]

    /// Nil for jobs of no feature (`oauth.*`, system jobs).
    static func name(forJob job: String) -> String? {
        if let exact = prefixes.first(where: { job.hasPrefix($0.prefix + ".") || job == $0.prefix }) { return exact.feature }
        // `weekly.raid.start`, `daily.raid.offers.generate`: the cadence word comes first.
        for cadence in ["weekly.", "daily."] where job.hasPrefix(cadence) {
            return name(forJob: String(job.dropFirst(cadence.count)))
        }
        return nil
    }
}

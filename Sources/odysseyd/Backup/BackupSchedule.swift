/// The optional hourly backup: a row in `job_schedules` named after its job, `backup.create`.
///
/// It is not in ``ScheduleCatalog`` because `seed` writes those switched on, and a fresh install
/// must not start dumping by itself: the row appears only when an operator asks for it
/// (`odysseyctl backup schedule on`), and afterwards `odysseyctl schedule on|off backup.create`
/// works on it like on any other.
///
/// ```swift
/// try await BackupSchedule.ensure(database: pool)
/// let summary = try await runner.scheduler.setEnabled(BackupSchedule.name, true)
/// ```
enum BackupSchedule {
    static let name = "backup.create"
    static let expression = "every hour"

    /// Adds the schedule switched off when it is missing; ``Scheduler/setEnabled(_:_:)`` then
    /// switches it (and wakes the scheduler) like any other.
    static func ensure(database: some PostgresQuerying) async throws {
        _ = try await database.query("""
            INSERT INTO job_schedules (name, job_name, expression, enabled)
            VALUES ($1, $1, $2, false)
            ON CONFLICT (name) DO NOTHING
            """, [name, expression])
    }
}

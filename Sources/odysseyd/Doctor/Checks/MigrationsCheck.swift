import Shared

/// `migrations`: every shipped migration applied, none edited after the fact, none unknown.
/// Works in maintenance, where it is the check that says why the daemon waits.
///
/// ```swift
/// let result = await MigrationsCheck(migrator: migrator).run()
/// ```
struct MigrationsCheck: DoctorCheck {
    let migrator: Migrator
    let name = "migrations"
    let title = "Database migrations"
    let summary = "every migration shipped with this daemon is applied and unchanged"

    func run() async -> DoctorResult {
        let report: MigrationReport
        do {
            report = try await migrator.status()
        } catch {
            return .failure("cannot read the schema's state", details: ["\(error)"],
                            fix: "Check DATABASE_URL and that PostgreSQL is up (`odysseyctl status`)")
        }
        if !report.problems.isEmpty {
            return .failure("the schema does not match this daemon's migrations", details: report.problems.map(Migrator.explain),
                            fix: "Run the daemon version that matches the database, or restore the original migration files")
        }
        if !report.pending.isEmpty {
            return .failure("\(report.pending.count) migration(s) pending: the daemon is in maintenance",
                            details: report.pending.map(\.fileName), fix: "Run `odysseyctl migrate`")
        }
        return .ok("\(report.migrations.count) applied, none pending")
    }
}

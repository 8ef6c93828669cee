import Shared

/// `migrations`: every shipped migration applied, none edited after the fact, none unknown.
/// Works in maintenance, where it is the check that says why the daemon waits.
///
/// ```swift
/// let result = await MigrationsCheck(migrator: migrator).run(in: .ru)
/// ```
struct MigrationsCheck: DoctorCheck {
    let migrator: Migrator
    let name = "migrations"
    let title = "Database migrations"
    let summary = "every migration shipped with this daemon is applied and unchanged"

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        let report: MigrationReport
        do {
            report = try await migrator.status()
        } catch {
            return .failure(say(K.migrationsUnreadable), details: ["\(error)"], fix: say(K.migrationsUnreadableFix))
        }
        if !report.problems.isEmpty {
            // Migrator.explain is the migrator's own English, as `odysseyctl migrate status` prints it.
            return .failure(say(K.migrationsMismatch), details: report.problems.map(Migrator.explain), fix: say(K.migrationsMismatchFix))
        }
        if !report.pending.isEmpty {
            return .failure(say.plural(K.migrationsPending, report.pending.count),
                            details: report.pending.map(\.fileName), fix: say(K.migrationsPendingFix))
        }
        return .ok(say(K.migrationsOK, ["applied": say.plural(K.migrationsApplied, report.migrations.count)]))
    }
}

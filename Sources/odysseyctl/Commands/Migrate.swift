import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl migrate`: apply pending migrations, or with `--status` only list them.
    ///
    /// ```
    /// $ odysseyctl migrate --status
    /// $ odysseyctl migrate
    /// Applied 1 migration:
    /// 0002_jobs.sql  35 ms
    /// ```
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply pending database migrations.",
            discussion: """
                The daemon applies the migrations it ships with, in order, and waits in \
                maintenance state until the schema is current. With --status nothing is \
                applied: the command lists every migration and exits 2 when some are pending, \
                changed on disk or missing from it.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Flag(name: .customLong("status"), help: "List migrations and their state; apply nothing.")
        var statusOnly = false

        func run() async throws {
            if statusOnly {
                let report = try await global.request { try await $0.migrations() }
                global.output.emit(report, text: MigrationRenderer.statusText(for: report))
                if !report.pending.isEmpty || !report.problems.isEmpty {
                    throw ExitCode(.problemsFound)
                }
            } else {
                let report = try await global.request { try await $0.applyMigrations() }
                global.output.emit(report, text: MigrationRenderer.appliedText(for: report))
            }
        }
    }
}

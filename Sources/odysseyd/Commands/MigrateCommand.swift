import ArgumentParser
import Foundation
import Shared

/// Migrates without a running daemon, for packaging and first installs.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations directly, without a running daemon.",
        discussion: "Safe beside running daemons: migrations take an advisory lock. Exit status 2 with --status when migrations are pending or an applied one changed."
    )

    @OptionGroup var options: ConfigurationOptions

    @Flag(help: "List applied and pending migrations; change nothing.")
    var status = false

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let (_, configuration) = try options.load()
        let logger = ConfigurationOptions.bootstrapLogging(configuration)
        let pool = PostgresPool(settings: configuration.database, size: 1, logger: logger)
        let outcome: Result<MigrationReport, any Error>
        do {
            let migrator = Migrator(pool: pool, files: try MigrationDirectory.load(from: configuration.migrationsDirectory), logger: logger)
            outcome = .success(status ? try await migrator.status() : try await migrator.apply())
        } catch {
            outcome = .failure(error)
        }
        await pool.close()
        switch outcome {
        case .failure(let error):
            if json {
                print(String(decoding: try ControlJSON.prettyEncoder.encode(ControlErrorBody(message: "\(error)")), as: UTF8.self))
            } else {
                FileHandle.standardError.write(Data("odysseyd: \(error)\n".utf8))
            }
            throw ExitCode.failure
        case .success(let report):
            if json {
                print(String(decoding: try ControlJSON.prettyEncoder.encode(report), as: UTF8.self))
            } else {
                print(MigrationReportText.render(report, applying: !status))
            }
            if status && (!report.pending.isEmpty || !report.problems.isEmpty) {
                throw ExitCode(OdysseyExitCode.problemsFound.rawValue)
            }
        }
    }
}

/// The human form of a ``MigrationReport``.
enum MigrationReportText {
    static func render(_ report: MigrationReport, applying: Bool) -> String {
        if applying {
            guard !report.appliedNow.isEmpty else { return "Schema is current; nothing to apply." }
            return report.migrations.filter { report.appliedNow.contains($0.version) }
                .map { "applied \($0.fileName) in \($0.durationMilliseconds ?? 0) ms" }
                .joined(separator: "\n")
        }
        var table = TextTable(columns: ["VERSION", "NAME", "STATE", "APPLIED AT"])
        for entry in report.migrations {
            table.append([String(format: "%04d", entry.version), entry.name, entry.state.rawValue, entry.appliedAt.map { PostgresTimestamp.format($0) } ?? "-"])
        }
        let problems = report.problems.map { "problem: " + Migrator.explain($0) }
        return ([table.render()] + problems).joined(separator: "\n")
    }
}

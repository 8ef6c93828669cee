import ArgumentParser
import Shared

extension Odysseyctl.Backup {
    /// `odysseyctl backup restore NAME`: put a backup back into the live database.
    ///
    /// ```
    /// $ odysseyctl backup restore odyssey-20261130T135012.345Z-0007.dump
    /// Restored backup odyssey-20261130T135012.345Z-0007.dump (schema 7).
    /// ```
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restore a backup into the live database.",
            discussion: """
                pg_restore replaces every table in one transaction: either the whole backup \
                is in, or nothing changed. Refused (exit 1) when the live database is newer \
                than the backup: it has a later migration applied, or rows written after the \
                backup's latest. --force restores anyway. Checks the dump's SHA-256 first.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The backup, as backup ls shows it (.dump optional).", valueName: "name"))
        var name: String

        @Flag(help: "Restore even when the live database is newer than the backup.")
        var force = false

        func run() async throws {
            let response = try await global.request { try await $0.restoreBackup(BackupRestoreRequest(name: name, force: force)) }
            global.output.emit(response, text: BackupRenderer.restoredText(for: response))
        }
    }
}

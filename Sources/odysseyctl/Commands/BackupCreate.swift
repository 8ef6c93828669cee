import ArgumentParser
import Shared

extension Odysseyctl.Backup {
    /// `odysseyctl backup create`: dump the database now.
    ///
    /// ```
    /// $ odysseyctl backup create
    /// Created backup odyssey-20261130T135012.345Z-0007.dump (1.2 MB, schema 7).
    /// ```
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dump the database into the backup directory.",
            discussion: """
                Writes odyssey-<UTC time>-<schema version>.dump (pg_dump's custom format) and \
                a JSON sidecar with its size, SHA-256 and what it holds, then deletes the oldest \
                dumps beyond ODYSSEY_BACKUP_KEEP.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await global.request { try await $0.createBackup() }
            global.output.emit(response, text: BackupRenderer.createdText(for: response))
        }
    }
}

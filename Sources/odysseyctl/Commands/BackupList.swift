import ArgumentParser
import Shared

extension Odysseyctl.Backup {
    /// `odysseyctl backup ls`: the dumps in the backup directory, oldest first.
    ///
    /// ```
    /// $ odysseyctl backup ls
    /// NAME                                    CREATED  SCHEMA  SIZE    LATEST WRITE
    /// odyssey-20261130T135012.345Z-0007.dump  2h ago   7       1.2 MB  2026-11-30 13:49:58.1+00
    /// ```
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List the backups.",
            discussion: "A dump without a readable sidecar (interrupted, or not made by odysseyd) is listed as incomplete."
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await global.request { try await $0.backups() }
            global.output.emit(response, text: BackupRenderer.listText(for: response))
        }
    }
}

import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl version`: this tool's version and, when it answers, the daemon's.
    ///
    /// ```
    /// $ odysseyctl version
    /// odysseyctl  0.1.0
    /// odysseyd    0.1.0
    /// ```
    struct Version: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the versions of odysseyctl and of the daemon.",
            discussion: """
                Exits 0 even when the daemon cannot be reached, so it is safe in scripts that \
                only want the client's version.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            // Asking is best effort: the client's own version is the point of this command.
            var report = VersionReport(client: OdysseyVersion.current, daemon: nil)
            var unreachable: (any CommandFailure)?
            do {
                report.daemon = try await global.client.status().version
            } catch let failure as any CommandFailure {
                unreachable = failure
            }
            global.output.emit(report, text: VersionRenderer.text(for: report, failure: unreachable))
        }
    }
}

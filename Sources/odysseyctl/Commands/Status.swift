import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl status`: is the daemon up, and does it need the operator?
    ///
    /// ```
    /// $ odysseyctl status
    /// version             0.1.0
    /// uptime              3h 12m
    /// state               running
    /// ```
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the daemon's version, uptime and health.",
            discussion: """
                Exits 0 when the daemon is running, its database answers and it reports no \
                problems; 2 otherwise (for example while migrations are pending).
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let status = try await global.request { try await $0.status() }
            global.output.emit(status, text: StatusRenderer.text(for: status))
            if !status.isHealthy {
                throw ExitCode(.problemsFound)
            }
        }
    }
}

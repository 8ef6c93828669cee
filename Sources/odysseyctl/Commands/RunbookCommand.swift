import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl runbook`: the operations runbooks as commands that diagnose, and act when asked.
    ///
    /// ```
    /// $ odysseyctl runbook ls
    /// $ odysseyctl runbook show stuck-jobs
    /// $ odysseyctl runbook run stuck-jobs --action backup.create --apply
    /// ```
    struct Runbook: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the operations runbooks: stuck jobs, rate limits, projection backlog, monthly hall, database outage.",
            discussion: "docs/operations.md says when to run which.",
            subcommands: [List.self, Show.self, Run.self]
        )

        @OptionGroup var global: GlobalOptions

        /// Like `global.request`, but an unknown runbook name is a usage error (64): the
        /// daemon's message lists the names it knows.
        static func request<Response: Sendable>(
            _ global: GlobalOptions, _ body: (ControlClient) async throws -> Response
        ) async throws -> Response {
            do {
                return try await body(global.client)
            } catch let error as DaemonError where error.status == 404 {
                global.output.report(error)
                throw ExitCode(.usage)
            } catch let failure as any CommandFailure {
                global.output.report(failure)
                throw ExitCode(failure.exitCode)
            }
        }
    }
}

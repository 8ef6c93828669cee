import ArgumentParser
import Shared

extension Odysseyctl.Runbook {
    /// `odysseyctl runbook show NAME`: a runbook's steps, without running them.
    ///
    /// ```
    /// $ odysseyctl runbook show stuck-jobs
    /// Stuck jobs (stuck-jobs)
    ///   1. Health: /healthz's db, discord and boss.
    ///   ...
    /// ```
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a runbook's steps and what --apply does.",
            discussion: "Exits 64 for an unknown runbook name."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The runbook, e.g. stuck-jobs (see runbook ls).", valueName: "name"))
        var name: String

        func run() async throws {
            let info = try await Odysseyctl.Runbook.request(global) { try await $0.runbook(name) }
            global.output.emit(info, text: RunbookRenderer.show(info))
        }
    }
}

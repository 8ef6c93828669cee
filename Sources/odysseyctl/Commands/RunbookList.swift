import ArgumentParser
import Shared

extension Odysseyctl.Runbook {
    /// `odysseyctl runbook ls`: the runbooks the daemon runs.
    ///
    /// ```
    /// $ odysseyctl runbook ls
    /// RUNBOOK             TITLE         ACTS  SUMMARY
    /// stuck-jobs          Stuck jobs    yes   Jobs that do not run or keep failing: ...
    /// ```
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List the runbooks.",
            discussion: "ACTS says whether `runbook run NAME --apply` does something beyond diagnosing."
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let list = try await global.request { try await $0.runbooks() }
            global.output.emit(list, text: RunbookRenderer.list(list))
        }
    }
}

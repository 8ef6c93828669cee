import ArgumentParser
import Shared

extension Odysseyctl.Runbook {
    /// `odysseyctl runbook run NAME`: run a runbook's steps; with `--apply`, its action too.
    ///
    /// ```
    /// $ odysseyctl runbook run stuck-jobs
    /// $ odysseyctl runbook run stuck-jobs --action backup.create --apply
    /// $ odysseyctl runbook run projection-backlog --feature duels --json
    /// ```
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a runbook's checks; with --apply, its action.",
            discussion: """
                Prints each step as [✓] ok, [✗] problem, [-] not installed in this version or \
                [?] not checked, then what --apply did or would do. Without --apply nothing \
                changes. Exits 0 when no step found a problem, 2 when one did, 1 when the \
                daemon refused (an --apply the runbook has no action for), 64 for an unknown \
                runbook name.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The runbook, e.g. stuck-jobs (see runbook ls).", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("Only this job id.", valueName: "id"))
        var job: Int64?

        @Option(help: ArgumentHelp("Only the jobs of this feature, e.g. duels.", valueName: "feature"))
        var feature: String?

        @Option(help: ArgumentHelp("Only the jobs of this name (the log's action field), e.g. duel.round.close.", valueName: "name"))
        var action: String?

        @Flag(help: "Carry out the runbook's action (stuck-jobs: retry the selected failed jobs).")
        var apply = false

        func validate() throws {
            if let job, job <= 0 { throw ValidationError("--job takes a job id, a positive integer.") }
        }

        func run() async throws {
            let request = RunbookRunRequest(filter: RunbookFilter(job: job, feature: feature, action: action), apply: apply)
            let report = try await Odysseyctl.Runbook.request(global) { try await $0.runRunbook(name, request) }
            global.output.emit(report, text: RunbookRenderer.report(report))
            if report.hasProblems { throw ExitCode(.problemsFound) }
        }
    }
}

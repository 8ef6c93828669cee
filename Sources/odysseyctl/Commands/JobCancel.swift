import ArgumentParser
import Shared

extension Odysseyctl.Job {
    /// `odysseyctl job cancel ID`: stop a job that has not started.
    ///
    /// ```
    /// $ odysseyctl job cancel 43
    /// Cancelled. Job 43 (duel.round.close) is now cancelled.
    /// ```
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a job that has not started yet.",
            discussion: """
                Prints what the daemon did and the state the job is in afterwards. Exits 1 when \
                the job does not exist or the daemon refuses, for example for a job that is \
                running right now.
                """
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var job: JobIDArgument

        func run() async throws {
            let response = try await global.request { try await $0.cancelJob(job.id) }
            global.output.emit(response, text: JobRenderer.actionText(for: response))
        }
    }
}

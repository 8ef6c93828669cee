import ArgumentParser
import Shared

extension Odysseyctl.Job {
    /// `odysseyctl job retry ID`: run a finished job again.
    ///
    /// ```
    /// $ odysseyctl job retry 41
    /// Retrying as job 42. Job 42 (duel.round.close) is now waiting.
    /// ```
    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a failed or cancelled job again.",
            discussion: """
                Prints what the daemon did and the state the job is in afterwards. Exits 1 when \
                the job does not exist or the daemon refuses, for example for a job that has \
                not finished.
                """
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var job: JobIDArgument

        func run() async throws {
            let response = try await global.request { try await $0.retryJob(job.id) }
            global.output.emit(response, text: JobRenderer.actionText(for: response))
        }
    }
}

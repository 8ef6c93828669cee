import ArgumentParser
import Shared

extension Odysseyctl.Queue {
    /// `odysseyctl queue ls`: every queue and how deep it is.
    ///
    /// ```
    /// $ odysseyctl queue ls
    /// NAME              WAITING  DELAYED  ACTIVE  RETRYING  FAILED  DONE/1H  OLDEST  HANDLER
    /// duel.round.close  3        1        1       0         2       41       3m12s   yes
    /// ```
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List the job queues and how many jobs each holds.",
            discussion: """
                One row per job name. DONE/1H counts the jobs completed in the last hour; \
                OLDEST is how long the oldest job that could run now has waited. \
                HANDLER NONE means this daemon cannot run the queue's jobs, so they fail at once.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await global.request { try await $0.queues() }
            global.output.emit(response, text: QueueRenderer.listText(for: response))
        }
    }
}

import ArgumentParser
import Shared

extension Odysseyctl.Queue {
    /// `odysseyctl queue show NAME`: one queue's depth and its jobs.
    ///
    /// ```
    /// $ odysseyctl queue show duel.round.close
    /// name            duel.round.close
    /// handler         yes
    /// ...
    ///
    /// ID  STATE     ATTEMPTS  RUN-AT  SINGLETON  LAST-ERROR
    /// 41  retrying  2/5       in 25s  round-7    Discord answered 503
    /// ```
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one queue and its jobs.",
            discussion: """
                Lists the unfinished jobs first, oldest first, then the most recent finished \
                ones. Exits 1 when the daemon knows no queue of that name.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The queue, which is the job name, e.g. duel.round.close.", valueName: "name"))
        var name: String

        func validate() throws {
            guard !name.isEmpty else { throw ValidationError("The queue name is empty.") }
        }

        func run() async throws {
            let detail = try await global.request { try await $0.queue(name) }
            global.output.emit(detail, text: QueueRenderer.detailText(for: detail))
        }
    }
}

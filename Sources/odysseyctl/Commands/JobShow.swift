import ArgumentParser
import Shared

extension Odysseyctl.Job {
    /// `odysseyctl job show ID`: everything the daemon knows about one job.
    ///
    /// ```
    /// $ odysseyctl job show 41
    /// id               41
    /// name             duel.round.close
    /// state            retrying
    /// attempts         2/5
    /// ...
    /// payload          {
    ///                    "round_id" : 7
    ///                  }
    ///
    /// ATTEMPT  AT                          ERROR
    /// 1        2025-11-22 02:55:00 +00:00  Discord answered 503
    /// ```
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one job: its state, timing, payload and errors.",
            discussion: "Exits 1 when the daemon knows no job with that id."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var job: JobIDArgument

        func run() async throws {
            let detail = try await global.request { try await $0.job(job.id) }
            global.output.emit(detail, text: JobRenderer.detailText(for: detail))
        }
    }
}

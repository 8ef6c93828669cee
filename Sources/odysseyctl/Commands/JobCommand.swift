import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl job`: one job at a time, by id.
    ///
    /// ```
    /// $ odysseyctl job show 41
    /// $ odysseyctl job retry 41
    /// $ odysseyctl job enqueue duel.round.close --payload '{"round_id": 7}' --start-after 2m
    /// ```
    struct Job: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inspect, retry, cancel and enqueue jobs.",
            discussion: "The commands that act on one job take its id, which queue show lists.",
            subcommands: [Show.self, Retry.self, Cancel.self, Enqueue.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

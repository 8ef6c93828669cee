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
            discussion: """
                job show ID prints everything about one job, its payload and its failed \
                attempts; job retry ID and job cancel ID act on it; \
                job enqueue NAME [--payload JSON] [--start-after DURATION] \
                [--singleton-key KEY] [--priority N] adds a job by hand, to start after a \
                duration such as 90s, 2m, 1h30m or 1d. \
                queue show NAME lists the ids.
                """,
            subcommands: [Show.self, Retry.self, Cancel.self, Enqueue.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl queue`: the job system's queues, one per job name.
    ///
    /// ```
    /// $ odysseyctl queue ls
    /// $ odysseyctl queue show duel.round.close
    /// $ odysseyctl queue purge duel.round.close --state failed
    /// ```
    struct Queue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inspect the job queues and purge finished jobs.",
            discussion: "Every job name is a queue.",
            subcommands: [List.self, Show.self, Purge.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

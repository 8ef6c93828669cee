import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl schedule`: the recurring jobs and whether they run.
    ///
    /// ```
    /// $ odysseyctl schedule ls
    /// $ odysseyctl schedule off weekly.recap
    /// $ odysseyctl schedule on weekly.recap
    /// ```
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List recurring jobs and switch them on or off.",
            discussion: """
                A schedule enqueues its job at the times its expression names, in its own \
                time zone.
                """,
            subcommands: [List.self, On.self, Off.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

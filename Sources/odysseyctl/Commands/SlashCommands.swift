import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl commands`: the slash commands the features declare, against what Discord has.
    ///
    /// ```
    /// $ odysseyctl commands plan --guild 1234567890123456789
    /// $ odysseyctl commands deploy --guild 1234567890123456789
    /// $ odysseyctl commands check
    /// ```
    struct SlashCommands: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commands",
            abstract: "Compare the declared slash commands with Discord's and deploy them.",
            discussion: """
                The features declare their commands in code. Guild scope (--guild) shows \
                changes at once and suits development; global scope (the default) reaches \
                every server the bot is in. A deploy writes only when something differs, \
                with one bulk overwrite.
                """,
            subcommands: [Plan.self, Deploy.self, Check.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

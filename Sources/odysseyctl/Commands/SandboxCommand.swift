import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl sandbox`: talk to a Discord sandbox (`odysseyd sandbox`) instead of Discord.
    ///
    /// ```
    /// $ odysseyctl sandbox world
    /// $ odysseyctl sandbox interact /roll expression:2d6+1
    /// ```
    struct Sandbox: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Try the bot in the local Discord sandbox.",
            discussion: """
                These commands talk HTTP to a sandbox started with `odysseyd sandbox`, not to the \
                daemon's control socket. Run a daemon against the sandbox first (see the settings \
                `odysseyd sandbox` prints), then inject commands as a member of the demo guild.
                """,
            subcommands: [Interact.self, World.self]
        )
    }
}

import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl session`: the dashboard's login sessions, made by the OAuth bridge.
    ///
    /// ```
    /// $ odysseyctl session ls
    /// $ odysseyctl session revoke 3f9a0c1d2e4b
    /// $ odysseyctl session revoke --user 1191168914407768064
    /// ```
    struct Session: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List and revoke dashboard login sessions.",
            discussion: """
                A session is made when a member logs in to the dashboard with Discord \
                (POST /admin/oauth/discord/exchange). Sessions are shown by the SHA-256 of \
                their id, which is all the daemon stores; Discord's tokens are never shown.
                """,
            subcommands: [List.self, Revoke.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl invite`: the URL that adds the bot with the permissions its features need.
    ///
    /// ```
    /// $ odysseyctl invite
    /// https://discord.com/oauth2/authorize?client_id=…&permissions=…&integration_type=0&scope=bot+applications.commands
    /// ```
    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the URL that adds the bot to a server.",
            discussion: """
                The permission integer is the union of what the enabled features need \
                (feature_flags), so switching a feature on may need a new invite or a role \
                change. With --guild the URL preselects that server.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("guild"), help: ArgumentHelp("Preselect this server in Discord's dialog.", valueName: "id"))
        var guildID: String?

        func validate() throws {
            try CommandScopeOptions.validate(guildID)
        }

        func run() async throws {
            let report = try await global.request { try await $0.invite(guildID: guildID) }
            global.output.emit(report, text: InviteRenderer.text(for: report))
        }
    }
}

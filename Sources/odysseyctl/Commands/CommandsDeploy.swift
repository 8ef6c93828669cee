import ArgumentParser
import Shared

extension Odysseyctl.SlashCommands {
    /// `odysseyctl commands deploy`: write the declared commands when they differ.
    ///
    /// ```
    /// $ odysseyctl commands deploy --guild 1234567890123456789
    /// Deployed 2 changes to guild 1234567890123456789: add about, update ping.
    /// ```
    struct Deploy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deploy the declared commands (only when they differ).",
            discussion: """
                One bulk overwrite replaces Discord's set with the declared one; commands \
                no longer declared are removed. Nothing is written when the sets already \
                match. Global changes can take a while to show in clients; guild ones are \
                immediate.
                """
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var scope: CommandScopeOptions

        func run() async throws {
            let report = try await global.request { try await $0.deployCommands(guildID: scope.guildID) }
            global.output.emit(report, text: CommandPlanRenderer.deployText(for: report))
        }
    }
}

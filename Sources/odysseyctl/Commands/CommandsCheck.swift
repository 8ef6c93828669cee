import ArgumentParser
import Shared

extension Odysseyctl.SlashCommands {
    /// `odysseyctl commands check`: exit 2 when Discord's commands drifted from the declared ones.
    ///
    /// ```
    /// $ odysseyctl commands check || odysseyctl commands deploy
    /// ```
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exit 2 when Discord's commands differ from the declared ones.",
            discussion: "For monitoring and deploy scripts: prints the plan when there is drift, writes nothing."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var scope: CommandScopeOptions

        func run() async throws {
            let report = try await global.request { try await $0.commandPlan(guildID: scope.guildID) }
            global.output.emit(report, text: CommandPlanRenderer.checkText(for: report))
            if !report.inSync { throw ExitCode(.problemsFound) }
        }
    }
}

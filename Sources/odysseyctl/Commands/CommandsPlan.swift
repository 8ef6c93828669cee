import ArgumentParser
import Shared

extension Odysseyctl.SlashCommands {
    /// `odysseyctl commands plan`: what a deploy would change.
    ///
    /// ```
    /// $ odysseyctl commands plan --guild 1234567890123456789
    /// COMMAND  CHANGE     FIELDS
    /// about    add        -
    /// ping     update     description
    /// Deploying would change 2 commands in guild 1234567890123456789.
    /// ```
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what deploying the declared commands would change.",
            discussion: "Reads the commands Discord has and compares them field by field; writes nothing."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var scope: CommandScopeOptions

        func run() async throws {
            let report = try await global.request { try await $0.commandPlan(guildID: scope.guildID) }
            global.output.emit(report, text: CommandPlanRenderer.planText(for: report))
        }
    }
}

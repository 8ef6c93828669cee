import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl stats`: how often each slash command was used, and by how many members.
    ///
    /// ```
    /// $ odysseyctl stats --guild 500 --since 30d
    /// ```
    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show slash-command usage per command.",
            discussion: """
                Counts every slash command that reached its handler, per command, guild and UTC \
                day, with the distinct members who used it. The period starts at midnight UTC \
                of the day --since ago; the daemon writes its counts every few seconds, so the \
                latest uses may not show yet. Without --guild, every guild and DMs together; \
                --guild 0 is DMs only.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("guild"), help: ArgumentHelp("Only this server (0 for direct messages).", valueName: "id"))
        var guildID: String?

        @Option(help: ArgumentHelp("How far back to count, e.g. 7d, 36h or 1d12h.", valueName: "duration"))
        var since: String = "7d"

        func validate() throws {
            try CommandScopeOptions.validate(guildID)
            do {
                _ = try DurationArgument.seconds(since)
            } catch {
                throw ValidationError("--since: \(error.description)")
            }
        }

        func run() async throws {
            // Sent as seconds, so the daemon reads one simple form whatever the operator typed.
            let seconds = try DurationArgument.seconds(since)
            let report = try await global.request { try await $0.stats(guildID: guildID, since: "\(seconds)s") }
            global.output.emit(report, text: UsageRenderer.text(for: report))
        }
    }
}

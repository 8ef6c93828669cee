import ArgumentParser
import Shared

extension Odysseyctl.Sandbox {
    /// `odysseyctl sandbox interact`: run a slash command as a member and show what the bot answered.
    ///
    /// ```
    /// $ odysseyctl sandbox interact "/roll expression:2d6+1"
    /// answer       Rolled 2d6+1: 9
    /// acknowledged CHANNEL_MESSAGE_WITH_SOURCE in 14 ms
    /// ```
    struct Interact: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a slash command in the sandbox and show the bot's answer.",
            discussion: """
                COMMAND is written as in Discord: the name, subcommands, then name:value options, \
                e.g. "/sign-up join" or "/roll expression:2d6+1" (quote values with spaces: \
                note:"two words"). Users, channels and roles may be given by id, mention or name. \
                Guild, user and channel default to the sandbox's demo guild, its first member and \
                #general. Exit status 1 when the bot did not answer in time.
                """
        )

        @Argument(help: ArgumentHelp("The command line, e.g. \"/ping\".", valueName: "command"))
        var command: [String] = []

        @Option(help: ArgumentHelp("The guild to run it in.", valueName: "id"))
        var guild: String?

        @Option(help: ArgumentHelp("The member who runs it.", valueName: "id"))
        var user: String?

        @Option(help: ArgumentHelp("The channel it is run in.", valueName: "id"))
        var channel: String?

        @Option(help: ArgumentHelp("Click a component with this custom id instead of running a command (needs --message).",
                                   valueName: "custom-id"))
        var click: String?

        @Option(help: ArgumentHelp("The message the clicked component is on.", valueName: "id"))
        var message: String?

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: SandboxOptions

        func validate() throws {
            if click == nil, command.isEmpty { throw ValidationError("Give the command to run, e.g. /ping.") }
            if click != nil, message == nil { throw ValidationError("--click needs --message, the message the component is on.") }
        }

        func run() async throws {
            let request = SandboxInteractionRequest(
                command: click == nil ? command.joined(separator: " ") : nil, customId: click, messageId: message,
                guildId: guild, userId: user, channelId: channel)
            let outcome = try await target.request(output: global.output) { try await $0.interact(request) }
            global.output.emit(outcome, text: SandboxInteractionRenderer.text(for: outcome))
            if !outcome.acknowledged { throw ExitCode(OdysseyExitCode.failed) }
        }
    }
}

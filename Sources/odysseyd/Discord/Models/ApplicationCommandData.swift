/// The `data` of an APPLICATION_COMMAND or AUTOCOMPLETE interaction
/// (discord-docs/interactions/receiving-and-responding.mdx, "Application Command Data Structure").
///
/// ```swift
/// // /duel challenge opponent:@Ann  →  path ["duel", "challenge"], leaf options [opponent]
/// let (path, options) = (data.commandPath, data.leafOptions)
/// ```
struct ApplicationCommandData: Codable, Hashable, Sendable {
    var id: Snowflake
    var name: String
    var type: ApplicationCommandType
    var resolved: ResolvedData? = nil
    var options: [CommandInteractionOption]? = nil
    var guildID: Snowflake? = nil
    /// The user or message a context-menu command was used on.
    var targetID: Snowflake? = nil

    enum CodingKeys: String, CodingKey {
        case id, name, type, resolved, options
        case guildID = "guild_id"
        case targetID = "target_id"
    }

    /// Command name followed by the subcommand group and subcommand, as invoked.
    var commandPath: [String] {
        var path = [name]
        var current = options ?? []
        while let next = current.first(where: { $0.type == .subcommand || $0.type == .subcommandGroup }) {
            path.append(next.name)
            current = next.options ?? []
        }
        return path
    }

    /// The parameter options under the innermost subcommand.
    var leafOptions: [CommandInteractionOption] {
        var current = options ?? []
        while let next = current.first(where: { $0.type == .subcommand || $0.type == .subcommandGroup }) {
            current = next.options ?? []
        }
        return current
    }

    /// The option being typed in an autocomplete interaction.
    var focusedOption: CommandInteractionOption? {
        leafOptions.first { $0.focused == true }
    }

    func option(_ name: String) -> CommandInteractionOption? {
        leafOptions.first { $0.name == name }
    }
}

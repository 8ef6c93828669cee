/// One option the user filled in, or a subcommand (group) holding further options
/// (discord-docs/interactions/receiving-and-responding.mdx, "Application Command Interaction
/// Data Option Structure"). `value` and `options` are mutually exclusive.
struct CommandInteractionOption: Codable, Hashable, Sendable {
    var name: String
    var type: ApplicationCommandOptionType
    var value: CommandValue? = nil
    var options: [CommandInteractionOption]? = nil
    /// Set on the option the user is typing in an autocomplete interaction.
    var focused: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case name, type, value, options, focused
    }

    init(name: String, type: ApplicationCommandOptionType, value: CommandValue? = nil,
         options: [CommandInteractionOption]? = nil, focused: Bool? = nil) {
        self.name = name
        self.type = type
        self.value = value
        self.options = options
        self.focused = focused
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(ApplicationCommandOptionType.self, forKey: .type)
        if c.contains(.value) {
            // Autocomplete may send partial input that fails the option's type (e.g. "-" for an
            // integer); keep whatever came rather than failing the interaction.
            let nested = try c.superDecoder(forKey: .value)
            value = try (try? CommandValue(from: nested, as: type)) ?? CommandValue(from: nested)
        }
        options = try c.decodeIfPresent([CommandInteractionOption].self, forKey: .options)
        focused = try c.decodeIfPresent(Bool.self, forKey: .focused)
    }
}

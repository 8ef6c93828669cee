/// A fixed choice of a command option, or a suggestion in an autocomplete result
/// (discord-docs/interactions/application-commands.mdx, "Application Command Option Choice Structure").
struct CommandChoice: Codable, Hashable, Sendable {
    var name: String
    var nameLocalizations: [String: String]? = nil
    var value: CommandValue

    enum CodingKeys: String, CodingKey {
        case name, value
        case nameLocalizations = "name_localizations"
    }

    init(name: String, value: CommandValue, nameLocalizations: [String: String]? = nil) {
        self.name = name
        self.value = value
        self.nameLocalizations = nameLocalizations
    }

    // Discord returns `null` or omits localizations that were never set: both mean none.
    static func == (lhs: CommandChoice, rhs: CommandChoice) -> Bool {
        lhs.name == rhs.name && lhs.value == rhs.value && (lhs.nameLocalizations ?? [:]) == (rhs.nameLocalizations ?? [:])
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(value)
        hasher.combine(nameLocalizations ?? [:])
    }
}

/// One choice in a string select (discord-docs/components/reference.mdx, "Select Option Structure").
struct SelectOption: Codable, Hashable, Sendable {
    var label: String
    var value: String
    var description: String? = nil
    var emoji: PartialEmoji? = nil
    var isDefault: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case label, value, description, emoji
        case isDefault = "default"
    }
}

/// A row of up to five buttons or one select in a message, or one text input in a modal
/// (discord-docs/components/reference.mdx, "Action Row").
///
/// ```swift
/// let row = ActionRow([.button(Button(style: .primary, label: "Join", customID: "lobby:join"))])
/// ```
struct ActionRow: Codable, Hashable, Sendable {
    var type: ComponentType = .actionRow
    var components: [MessageComponent]

    enum CodingKeys: String, CodingKey {
        case type, components
    }

    init(_ components: [MessageComponent]) {
        self.components = components
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        components = try c.decodeIfPresent([MessageComponent].self, forKey: .components) ?? []
    }
}

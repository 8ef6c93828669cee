/// An embed's footer line (discord-docs/resources/message.mdx, "Embed Footer Structure").
struct EmbedFooter: Codable, Hashable, Sendable {
    var text: String
    var iconURL: String? = nil

    enum CodingKeys: String, CodingKey {
        case text
        case iconURL = "icon_url"
    }
}

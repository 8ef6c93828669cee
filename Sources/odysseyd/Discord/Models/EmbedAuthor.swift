/// An embed's author line (discord-docs/resources/message.mdx, "Embed Author Structure").
struct EmbedAuthor: Codable, Hashable, Sendable {
    var name: String
    var url: String? = nil
    var iconURL: String? = nil

    enum CodingKeys: String, CodingKey {
        case name, url
        case iconURL = "icon_url"
    }
}

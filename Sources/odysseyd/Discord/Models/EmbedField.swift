/// One name/value pair in an embed (discord-docs/resources/message.mdx, "Embed Field Structure").
struct EmbedField: Codable, Hashable, Sendable {
    var name: String
    var value: String
    var inline: Bool? = nil
}

/// An embed's image or thumbnail: only the URL is ours to send; Discord fills in the rest
/// (discord-docs/resources/message.mdx, "Embed Image Structure").
struct EmbedMedia: Codable, Hashable, Sendable {
    var url: String
}

/// The body the daemon sends to create or edit a message, as an interaction response or a
/// webhook follow-up (discord-docs/resources/message.mdx, "Create Message", and
/// interactions/receiving-and-responding.mdx, "Messages"). Validate with
/// ``RequestLimits/violations(in:)-(MessagePayload)`` first.
///
/// ```swift
/// let reply = MessagePayload(content: "Saved.", flags: .ephemeral)
/// ```
struct MessagePayload: Codable, Hashable, Sendable {
    var content: String? = nil
    var embeds: [Embed]? = nil
    var components: [MessageComponent]? = nil
    var allowedMentions: AllowedMentions? = nil
    var flags: MessageFlags? = nil
    var tts: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case content, embeds, components, flags, tts
        case allowedMentions = "allowed_mentions"
    }
}

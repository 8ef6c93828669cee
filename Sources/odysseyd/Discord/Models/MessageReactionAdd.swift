/// The `MESSAGE_REACTION_ADD` gateway event (discord-docs/events/gateway-events.mdx, "Message
/// Reaction Add"): who reacted with what on which message. `member` is there in guilds only.
struct MessageReactionAdd: Codable, Hashable, Sendable {
    var userID: Snowflake
    var channelID: Snowflake
    var messageID: Snowflake
    var guildID: Snowflake? = nil
    var member: GuildMember? = nil
    var emoji: PartialEmoji
    /// The author of the message reacted to.
    var messageAuthorID: Snowflake? = nil
    /// A super reaction.
    var burst: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case member, emoji, burst
        case userID = "user_id"
        case channelID = "channel_id"
        case messageID = "message_id"
        case guildID = "guild_id"
        case messageAuthorID = "message_author_id"
    }

    /// What identifies this reaction: the same user, emoji and message is the same reaction, so a
    /// redelivered event (or removing and adding it again) names the same source.
    var sourceID: String {
        "\(messageID):\(emoji.id?.description ?? emoji.name ?? "?"):\(userID)"
    }
}

/// A message as Discord returns it (discord-docs/resources/message.mdx, "Message Object"):
/// the fields the daemon reads, e.g. to find its own projection messages again.
struct Message: Codable, Hashable, Sendable {
    var id: Snowflake
    var channelID: Snowflake
    var guildID: Snowflake? = nil
    var author: User? = nil
    var content: String = ""
    /// ISO 8601, as sent.
    var timestamp: String? = nil
    var editedTimestamp: String? = nil
    var embeds: [Embed] = []
    var components: [MessageComponent] = []
    var flags: MessageFlags? = nil
    var webhookID: Snowflake? = nil

    enum CodingKeys: String, CodingKey {
        case id, author, content, timestamp, embeds, components, flags
        case channelID = "channel_id"
        case guildID = "guild_id"
        case editedTimestamp = "edited_timestamp"
        case webhookID = "webhook_id"
    }

    init(id: Snowflake, channelID: Snowflake, content: String = "", author: User? = nil) {
        self.id = id
        self.channelID = channelID
        self.content = content
        self.author = author
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        channelID = try c.decode(Snowflake.self, forKey: .channelID)
        guildID = try c.decodeIfPresent(Snowflake.self, forKey: .guildID)
        author = try c.decodeIfPresent(User.self, forKey: .author)
        // Empty without the MESSAGE_CONTENT intent, and absent in some partial messages.
        content = try c.decodeIfPresent(String.self, forKey: .content) ?? ""
        timestamp = try c.decodeIfPresent(String.self, forKey: .timestamp)
        editedTimestamp = try c.decodeIfPresent(String.self, forKey: .editedTimestamp)
        embeds = try c.decodeIfPresent([Embed].self, forKey: .embeds) ?? []
        components = try c.decodeIfPresent([MessageComponent].self, forKey: .components) ?? []
        flags = try c.decodeIfPresent(MessageFlags.self, forKey: .flags)
        webhookID = try c.decodeIfPresent(Snowflake.self, forKey: .webhookID)
    }
}

/// A message the bot sent in answer to an interaction, as people would see it.
public struct SandboxMessageReport: Codable, Sendable, Equatable {
    public var id: String
    public var channelId: String
    public var content: String
    /// Discord's embed objects, as sent.
    public var embeds: [JSONValue]
    /// Discord's component objects (action rows with buttons and selects), as sent.
    public var components: [JSONValue]
    public var flags: Int
    /// Only the invoker sees it (flag 64).
    public var ephemeral: Bool

    public init(id: String, channelId: String, content: String, embeds: [JSONValue], components: [JSONValue], flags: Int) {
        self.id = id
        self.channelId = channelId
        self.content = content
        self.embeds = embeds
        self.components = components
        self.flags = flags
        self.ephemeral = flags & 64 != 0
    }
}

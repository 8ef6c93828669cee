/// What `POST /sandbox/v1/interactions` takes: a slash command as typed in Discord
/// (`/roll expression:2d6+1`), or a click on a component (`custom_id` on `message_id`), by a
/// member of a guild. Guild, user and channel default to the demo world's when left out.
///
/// ```swift
/// let request = SandboxInteractionRequest(command: "/ping", guildId: "1191…", userId: "1191…")
/// let body = try ControlJSON.encoder.encode(request)   // {"command":"/ping","guild_id":…}
/// ```
public struct SandboxInteractionRequest: Codable, Sendable, Equatable {
    // `Id`, not `ID`: `ControlJSON`'s snake_case decoding maps `guild_id` back to `guildId`.
    public var command: String?
    public var customId: String?
    public var messageId: String?
    /// The chosen values of a select menu click.
    public var values: [String]?
    public var guildId: String?
    public var userId: String?
    public var channelId: String?
    /// How long to wait for the bot's answer; the sandbox caps it at 60 s (default 10 s).
    public var timeoutSeconds: Double?

    public init(command: String? = nil, customId: String? = nil, messageId: String? = nil, values: [String]? = nil,
                guildId: String? = nil, userId: String? = nil, channelId: String? = nil, timeoutSeconds: Double? = nil) {
        self.command = command
        self.customId = customId
        self.messageId = messageId
        self.values = values
        self.guildId = guildId
        self.userId = userId
        self.channelId = channelId
        self.timeoutSeconds = timeoutSeconds
    }
}

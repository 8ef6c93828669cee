import Shared

/// How the sandbox's gateway behaves: the bot it pretends to be, the token Identify must carry,
/// the heartbeat interval, the shard count it recommends and the guilds it sends after READY.
///
/// ```swift
/// let configuration = SandboxGatewayConfiguration(token: "sandbox-token", applicationID: 1, botUserID: 2,
///                                                 botUsername: "odyssey", guilds: { [guildCreate] })
/// ```
struct SandboxGatewayConfiguration: Sendable {
    /// The bot token Identify and Resume must carry; a wrong one closes with 4004.
    var token: String
    var applicationID: UInt64
    var botUserID: UInt64
    var botUsername: String
    var heartbeatInterval: Duration
    /// What GET /gateway/bot recommends.
    var shardCount: Int
    var sessionStartLimit: GatewaySessionStartLimit
    /// Full GUILD_CREATE payloads, sent after READY to the shard that owns each guild.
    var guilds: @Sendable () async -> [JSONValue]

    init(token: String, applicationID: UInt64, botUserID: UInt64, botUsername: String,
         heartbeatInterval: Duration = .milliseconds(41_250), shardCount: Int = 1,
         sessionStartLimit: GatewaySessionStartLimit = GatewaySessionStartLimit(total: 1000, remaining: 1000, resetAfter: .seconds(86_400), maxConcurrency: 1),
         guilds: @escaping @Sendable () async -> [JSONValue] = { [] }) {
        self.token = token
        self.applicationID = applicationID
        self.botUserID = botUserID
        self.botUsername = botUsername
        self.heartbeatInterval = heartbeatInterval
        self.shardCount = shardCount
        self.sessionStartLimit = sessionStartLimit
        self.guilds = guilds
    }
}

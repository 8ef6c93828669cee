/// What the gateway service needs to know beyond its collaborators.
///
/// ```swift
/// var configuration = GatewayServiceConfiguration(token: token, intents: config.discordIntents)
/// configuration.shardCount = config.discordShardCount        // nil: GET /gateway/bot decides
/// configuration.shardIDs = config.discordShardIDs            // nil: every shard
/// ```
struct GatewayServiceConfiguration: Sendable {
    var token: String
    var intents: GatewayIntents
    /// nil: the count GET /gateway/bot recommends.
    var shardCount: Int?
    /// The shard ids this daemon runs, as in configuration ("0-3,8"); nil: all of them.
    var shardIDs: String?
    /// Overrides GET /gateway/bot's URL (the sandbox, a proxy).
    var gatewayURL: String?
    var largeThreshold: Int?
    var presence: GatewayPresence?
    /// A stored session older than this is not resumed (see ``StoredGatewaySession/isFresh(now:maxAge:)``).
    var maxResumeAge: Duration = .seconds(180)
    /// Waits between failed GET /gateway/bot attempts, doubling up to a minute.
    var botInfoRetryDelay: Duration = .seconds(1)
    var connection = GatewayConnectionSettings()

    init(token: String, intents: GatewayIntents) {
        self.token = token
        self.intents = intents
    }
}

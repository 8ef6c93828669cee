/// The answer to GET /gateway/bot (discord-docs/events/gateway.mdx, "Get Gateway Bot"): where to
/// connect, how many shards Discord recommends, and how many sessions the bot may still start.
///
/// ```swift
/// let info = try await rest.getGatewayBot()
/// let plan = try ShardPlan.all(total: configuredCount ?? info.shards)
/// ```
struct GatewayBotInfo: Codable, Sendable, Equatable {
    /// The WSS URL to open new sessions on (resumes use READY's `resume_gateway_url`).
    var url: String
    var shards: Int
    var sessionStartLimit: GatewaySessionStartLimit

    init(url: String, shards: Int, sessionStartLimit: GatewaySessionStartLimit) {
        self.url = url
        self.shards = shards
        self.sessionStartLimit = sessionStartLimit
    }

    enum CodingKeys: String, CodingKey {
        case url, shards
        case sessionStartLimit = "session_start_limit"
    }
}

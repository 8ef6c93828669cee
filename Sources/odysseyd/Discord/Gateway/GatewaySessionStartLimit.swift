/// `session_start_limit` from Get Gateway Bot. Source: discord-docs/events/gateway.mdx,
/// "Session Start Limit Object"; openapi.json `GatewayBotSessionStartLimitResponse`.
///
/// ```swift
/// let limit = try JSONDecoder().decode(GatewaySessionStartLimit.self, from: body)
/// var queue = IdentifyQueue(limit: limit, receivedAt: clock.now)
/// ```
struct GatewaySessionStartLimit: Codable, Sendable, Equatable {
    /// Identifies allowed per window (1000 a day for most bots).
    var total: Int
    var remaining: Int
    /// Until the window resets.
    var resetAfter: Duration
    /// Identifies allowed per 5 seconds, one per rate-limit key `shard_id % max_concurrency`.
    var maxConcurrency: Int

    init(total: Int, remaining: Int, resetAfter: Duration, maxConcurrency: Int) {
        self.total = total
        self.remaining = remaining
        self.resetAfter = resetAfter
        self.maxConcurrency = maxConcurrency
    }

    private enum CodingKeys: String, CodingKey {
        case total, remaining
        case resetAfter = "reset_after"
        case maxConcurrency = "max_concurrency"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decode(Int.self, forKey: .total)
        remaining = try container.decode(Int.self, forKey: .remaining)
        resetAfter = .milliseconds(try container.decode(Int64.self, forKey: .resetAfter))
        maxConcurrency = try container.decode(Int.self, forKey: .maxConcurrency)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(total, forKey: .total)
        try container.encode(remaining, forKey: .remaining)
        try container.encode(resetAfter.milliseconds, forKey: .resetAfter)
        try container.encode(maxConcurrency, forKey: .maxConcurrency)
    }
}

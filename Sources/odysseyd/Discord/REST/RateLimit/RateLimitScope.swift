/// Whose limit a 429 was about, from `X-RateLimit-Scope` (topics/rate-limits.mdx).
enum RateLimitScope: String, Sendable, Hashable, CaseIterable {
    /// The bot's own per-route limit.
    case user
    /// The bot's global limit: every route waits.
    case global
    /// A limit on the resource shared by everyone; not counted as an invalid request.
    case shared
}

/// Permission to send one request, handed out by ``RateLimiter``. Give it back with the response
/// (``RateLimiter/record(status:headers:body:for:at:)``) or, when no response came, with
/// ``RateLimiter/release(_:at:)``.
struct RateLimitTicket: Sendable, Hashable {
    let id: UInt64
    let route: DiscordRoute
    /// The bucket state the request was counted against; nil for a route known to have no bucket.
    let bucketKey: String?
    let issuedAt: ContinuousClock.Instant
}

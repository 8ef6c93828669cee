/// A forced answer for tests: the next N requests to a route get this instead of the real one, so
/// retries, global pauses and the invalid-request breaker can be driven on demand.
///
/// ```swift
/// await world.force(.rateLimited(scope: "shared", retryAfter: 2), count: 1, route: "POST /channels/{channel.id}/messages")
/// await world.force(.status(502), count: 2, route: "PUT /applications/{application.id}/commands")
/// ```
enum SandboxFault: Sendable, Equatable {
    /// A 429 with `X-RateLimit-Scope` `user`, `global` or `shared`.
    case rateLimited(scope: String, retryAfter: Double)
    /// Any other status with Discord's body for it (401, 403, 500, 502…).
    case status(Int)
}

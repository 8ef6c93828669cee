/// Whether a request fits the sandbox's limits; the headers are those every response carries.
enum SandboxRateLimitDecision: Sendable {
    case allowed(headers: [(String, String)])
    /// Over a limit: `scope` is `user` (the route's bucket) or `global`.
    case limited(scope: String, retryAfter: Duration, headers: [(String, String)])
}

/// The bridge's two jobs and their payload.
///
/// `oauth.token.refresh` runs ten minutes before Discord's access token expires and stores a
/// fresh pair; `oauth.session.sync` posts a new session's summary to `ODYSSEY_OAUTH_SYNC_URL`,
/// retrying with backoff, so a slow or failing backend never holds up a login.
///
/// ```swift
/// var request = try JobRequest(OAuthSessionJobs.refresh.name, payload: OAuthSessionJobs.Payload(idHash: hash))
/// request.retry = OAuthSessionJobs.refresh.retry
/// ```
enum OAuthSessionJobs {
    static let refresh = JobDefinition("oauth.token.refresh", concurrency: 2,
                                       retry: RetryPolicy(maxAttempts: 6, delay: .seconds(30), backoff: true),
                                       expireAfter: .seconds(60))
    static let sync = JobDefinition("oauth.session.sync", concurrency: 2,
                                    retry: RetryPolicy(maxAttempts: 10, delay: .seconds(5), backoff: true),
                                    expireAfter: .seconds(60))

    /// Refresh this long before Discord's access token expires.
    static let refreshLead: Duration = .seconds(600)

    /// Names the session by its id hash: never the id, never a token (job rows are readable by
    /// operators through `odysseyctl job show`).
    struct Payload: Codable, Sendable, Equatable {
        var idHash: String
    }

    /// A request carrying the definition's retry and expiry, which the queue's default
    /// definitions do not know about.
    static func request(_ definition: JobDefinition, idHash: String) throws -> JobRequest {
        var request = try JobRequest(definition.name, payload: Payload(idHash: idHash))
        request.retry = definition.retry
        request.expireAfter = definition.expireAfter
        return request
    }
}

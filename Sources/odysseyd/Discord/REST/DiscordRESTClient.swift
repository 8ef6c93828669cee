import Foundation
import Logging
import Shared

/// The one way the daemon calls Discord's REST API: every request takes a ticket from the shared
/// ``RateLimiter`` before each attempt and reports the response back to it, carries the bot's
/// `Authorization` and `User-Agent`, and is checked against ``RequestLimits`` before anything is sent.
///
/// Retries:
/// - 429: Discord did not act on the request (topics/rate-limits.mdx), so any request is sent again
///   once the limiter's wait is over, at most ``RetrySettings/maxRateLimitRetries`` times.
/// - 500/502/503/504 and connection failures: the request may have been carried out before the
///   failure, so only methods that are safe to repeat (GET, PUT, PATCH, DELETE: sending them twice
///   leaves the same state) are retried, with exponential backoff, at most
///   ``RetrySettings/maxAttempts`` attempts in all. A POST (a new message, an interaction callback)
///   fails at once instead: a duplicated announcement is worse than one that failed visibly and
///   can be re-run by its job.
/// - any other 4xx: ``DiscordAPIError`` at once.
///
/// ```swift
/// let client = DiscordRESTClient(baseURL: config.discordAPIBaseURL, token: token, limiter: limiter,
///                                httpClient: nil, logger: logger)
/// // … and at exit: await client.shutdown()
/// let message = try await client.createMessage(channel: 1234, payload: MessagePayload(content: "Hello"))
/// ```
struct DiscordRESTClient: Sendable {
    struct RetrySettings: Sendable, Equatable {
        /// Attempts in all for a repeatable request failing with 5xx or a connection error.
        var maxAttempts = 3
        /// The wait after the first failure; doubled after each further one.
        var backoff: Duration = .milliseconds(500)
        /// 429s tolerated for one call before its ``DiscordAPIError`` is thrown.
        var maxRateLimitRetries = 5
        var requestTimeout: Duration = .seconds(30)
    }

    /// A request whose response never came (connection refused, reset, timed out).
    struct TransportError: Error, Sendable, CustomStringConvertible {
        let route: String
        let attempts: Int
        let underlying: String

        var description: String { "no response from Discord to \(route) after \(attempts) attempt(s): \(underlying)" }
    }

    /// A 2xx whose body is not the JSON the caller expected.
    struct UnreadableResponse: Error, Sendable, CustomStringConvertible {
        let route: String
        let status: Int
        let problem: String

        var description: String { "Discord's \(status) answer to \(route) is not the expected JSON: \(problem)" }
    }

    let baseURL: String
    let limiter: RateLimiter
    let retry: RetrySettings
    private let token: String
    private let httpClient: any DiscordHTTPTransport
    private let ownsHTTPClient: Bool
    private let clock: any RateLimitClock
    private let logger: Logger

    /// `httpClient` nil: the client makes its own (``AsyncHTTPClientTransport``), and
    /// ``shutdown()`` must be called. `clock` must be the limiter's clock (it stamps the responses
    /// recorded with it and times the backoff).
    init(baseURL: String, token: String, limiter: RateLimiter, httpClient: (any DiscordHTTPTransport)?, logger: Logger,
         clock: any RateLimitClock = SystemRateLimitClock(), retry: RetrySettings = RetrySettings()) {
        self.baseURL = baseURL
        self.token = token
        self.limiter = limiter
        if let httpClient {
            self.httpClient = httpClient
            ownsHTTPClient = false
        } else {
            self.httpClient = AsyncHTTPClientTransport()
            ownsHTTPClient = true
        }
        self.logger = logger
        self.clock = clock
        self.retry = retry
    }

    /// Shuts down the HTTP client if this client made it; a shared one is left to its owner.
    func shutdown() async {
        if ownsHTTPClient { await httpClient.shutdown() }
    }

    // MARK: Typed calls

    /// POST /channels/{channel.id}/messages (resources/message.mdx, "Create Message").
    func createMessage(channel: Snowflake, payload: MessagePayload, auditLogReason: String? = nil) async throws -> Message {
        try RequestLimits.validate(payload)
        return try await send(DiscordRoute(.post, "/channels/{channel.id}/messages", ["channel.id": channel.description]),
                              body: payload, auditLogReason: auditLogReason)
    }

    /// PATCH /channels/{channel.id}/messages/{message.id} (resources/message.mdx, "Edit Message").
    func editMessage(channel: Snowflake, message: Snowflake, payload: MessagePayload) async throws -> Message {
        try RequestLimits.validate(payload)
        let route = DiscordRoute(.patch, "/channels/{channel.id}/messages/{message.id}",
                                 ["channel.id": channel.description, "message.id": message.description])
        return try await send(route, body: payload, auditLogReason: nil)
    }

    /// POST /interactions/{interaction.id}/{interaction.token}/callback
    /// (interactions/receiving-and-responding.mdx, "Create Interaction Response"): 204 without
    /// `with_response`. Exempt from the global limit, by its route template.
    func createInteractionResponse(id: Snowflake, token interactionToken: String, response: InteractionResponse) async throws {
        try RequestLimits.validate(response)
        let route = DiscordRoute(.post, "/interactions/{interaction.id}/{interaction.token}/callback",
                                 ["interaction.id": id.description, "interaction.token": interactionToken])
        try await sendWithoutResponse(route, body: response, auditLogReason: nil)
    }

    /// PATCH /webhooks/{application.id}/{interaction.token}/messages/@original
    /// (interactions/receiving-and-responding.mdx, "Edit Original Interaction Response").
    func editOriginalInteractionResponse(applicationID: Snowflake, token interactionToken: String,
                                         payload: MessagePayload) async throws -> Message {
        try RequestLimits.validate(payload)
        let route = DiscordRoute(.patch, "/webhooks/{application.id}/{interaction.token}/messages/@original",
                                 ["application.id": applicationID.description, "interaction.token": interactionToken])
        return try await send(route, body: payload, auditLogReason: nil)
    }

    /// PUT /applications/{application.id}/guilds/{guild.id}/commands
    /// (interactions/application-commands.mdx, "Bulk Overwrite Guild Application Commands").
    func bulkOverwriteGuildCommands(applicationID: Snowflake, guild: Snowflake,
                                    commands: [ApplicationCommandDefinition]) async throws -> [ApplicationCommand] {
        try RequestLimits.validate(commands: commands)
        let route = DiscordRoute(.put, "/applications/{application.id}/guilds/{guild.id}/commands",
                                 ["application.id": applicationID.description, "guild.id": guild.description])
        return try await send(route, body: commands, auditLogReason: nil)
    }

    /// PUT /applications/{application.id}/commands ("Bulk Overwrite Global Application Commands").
    func bulkOverwriteGlobalCommands(applicationID: Snowflake,
                                     commands: [ApplicationCommandDefinition]) async throws -> [ApplicationCommand] {
        try RequestLimits.validate(commands: commands)
        let route = DiscordRoute(.put, "/applications/{application.id}/commands", ["application.id": applicationID.description])
        return try await send(route, body: commands, auditLogReason: nil)
    }

    /// GET /applications/{application.id}/guilds/{guild.id}/commands.
    func getGuildCommands(applicationID: Snowflake, guild: Snowflake) async throws -> [ApplicationCommand] {
        try await send(DiscordRoute(.get, "/applications/{application.id}/guilds/{guild.id}/commands",
                                    ["application.id": applicationID.description, "guild.id": guild.description],
                                    query: Self.withLocalizations))
    }

    /// GET /applications/{application.id}/commands.
    func getGlobalCommands(applicationID: Snowflake) async throws -> [ApplicationCommand] {
        try await send(DiscordRoute(.get, "/applications/{application.id}/commands", ["application.id": applicationID.description],
                                    query: Self.withLocalizations))
    }

    /// Without it Discord leaves `name_localizations` / `description_localizations` out of the
    /// answer (interactions/application-commands.mdx, "Get Global Application Commands"), and
    /// `commands plan` would see the Russian descriptions as drift on every run.
    private static let withLocalizations = ["with_localizations": "true"]

    /// GET /gateway/bot (events/gateway.mdx, "Get Gateway Bot"): the WSS URL, the recommended
    /// shard count and the `session_start_limit` the Identify queue starts from.
    func getGatewayBot() async throws -> GatewayBotInfo {
        try await send(DiscordRoute(.get, "/gateway/bot"))
    }

    // MARK: Generic calls

    /// Sends `body` as JSON (nil: no body) and decodes the 2xx answer with the models' own
    /// CodingKeys. Callers of a route with documented limits validate the body first.
    func send<Response: Decodable, Body: Encodable & Sendable>(
        _ route: DiscordRoute, body: Body?, auditLogReason: String? = nil, as type: Response.Type = Response.self
    ) async throws -> Response {
        let (status, data) = try await exchange(route, body: try body.map(encode), auditLogReason: auditLogReason)
        return try decode(Response.self, from: data, status: status, route: route)
    }

    /// The same without a body (GET, DELETE).
    func send<Response: Decodable>(
        _ route: DiscordRoute, auditLogReason: String? = nil, as type: Response.Type = Response.self
    ) async throws -> Response {
        let (status, data) = try await exchange(route, body: nil, auditLogReason: auditLogReason)
        return try decode(Response.self, from: data, status: status, route: route)
    }

    /// For 204 No Content answers; any 2xx body is ignored.
    func sendWithoutResponse<Body: Encodable & Sendable>(_ route: DiscordRoute, body: Body?,
                                                          auditLogReason: String? = nil) async throws {
        _ = try await exchange(route, body: try body.map(encode), auditLogReason: auditLogReason)
    }

    /// The same without a body.
    func sendWithoutResponse(_ route: DiscordRoute, auditLogReason: String? = nil) async throws {
        _ = try await exchange(route, body: nil, auditLogReason: auditLogReason)
    }

    // MARK: Exchange

    /// Whether Discord may safely see the request twice (see the type's documentation).
    static func isRepeatable(_ method: DiscordRoute.Method) -> Bool {
        method != .post
    }

    /// Statuses that say "try again later" rather than "this request is wrong".
    static func isTransientServerError(_ status: Int) -> Bool {
        [500, 502, 503, 504].contains(status)
    }

    /// Sends until a final answer: the 2xx status and body, or a thrown error.
    private func exchange(_ route: DiscordRoute, body: Data?, auditLogReason: String?) async throws -> (Int, Data) {
        let request = try DiscordRESTRequest(route: route, baseURL: baseURL, token: token, body: body,
                                             auditLogReason: auditLogReason,
                                             userAgent: DiscordRESTRequest.userAgent(version: OdysseyVersion.current))
        var failures = 0
        var rateLimits = 0
        while true {
            try Task.checkCancellation()
            let ticket = try await limiter.acquire(route)
            let response: DiscordHTTPResponse
            do {
                response = try await httpClient.send(request, timeout: retry.requestTimeout)
            } catch {
                await limiter.release(ticket, at: clock.now)
                if error is CancellationError { throw error }
                failures += 1
                let problem = redacted("\(error)", route: route)
                logger.warning("Discord request failed without a response", metadata: [
                    "route": "\(route)", "attempt": "\(failures)", "error": "\(problem)",
                ])
                guard Self.isRepeatable(route.method), failures < retry.maxAttempts else {
                    throw TransportError(route: route.description, attempts: failures, underlying: problem)
                }
                try await backOff(after: failures)
                continue
            }
            let (status, data) = (response.status, response.body)
            let outcome = await limiter.record(status: status, headerFields: response.headers, body: data, for: ticket, at: clock.now)
            logger.debug("Discord answered", metadata: ["route": "\(route)", "status": "\(status)"])
            if (200..<300).contains(status) { return (status, data) }
            if case .rateLimited(let scope, let retryAfter) = outcome, rateLimits < retry.maxRateLimitRetries {
                rateLimits += 1
                logger.info("Discord rate-limited a request; sending it again after the wait", metadata: [
                    "route": "\(route)", "scope": "\(scope)", "retryAfter": "\(retryAfter)",
                ])
                continue // the limiter now holds the route (or everything) until the wait is over
            }
            if Self.isTransientServerError(status), Self.isRepeatable(route.method), failures + 1 < retry.maxAttempts {
                failures += 1
                logger.warning("Discord server error; retrying", metadata: [
                    "route": "\(route)", "status": "\(status)", "attempt": "\(failures)",
                ])
                try await backOff(after: failures)
                continue
            }
            throw DiscordAPIError(status: status, route: route, body: data)
        }
    }

    /// `text` without the bot token or any token in the path: transport errors quote the failing
    /// URL, which for interaction routes carries the interaction token.
    private func redacted(_ text: String, route: DiscordRoute) -> String {
        var result = text.replacingOccurrences(of: token, with: "<bot token>")
        for (name, value) in route.parameters where name.hasSuffix(".token") && !value.isEmpty {
            result = result.replacingOccurrences(of: value, with: "<\(name)>")
            if let encoded = value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed), encoded != value {
                result = result.replacingOccurrences(of: encoded, with: "<\(name)>")
            }
        }
        return result
    }

    /// `backoff × 2^(failures−1)`: 0.5 s, then 1 s with the defaults.
    private func backOff(after failures: Int) async throws {
        let delay = retry.backoff * (1 << min(max(failures - 1, 0), 10))
        try await clock.sleep(until: clock.now + delay)
    }

    private func encode<Body: Encodable>(_ body: Body) throws -> Data {
        try JSONEncoder().encode(body)
    }

    private func decode<Response: Decodable>(_ type: Response.Type, from data: Data, status: Int,
                                             route: DiscordRoute) throws -> Response {
        do {
            return try JSONDecoder().decode(Response.self, from: data)
        } catch {
            throw UnreadableResponse(route: route.description, status: status, problem: "\(error)")
        }
    }
}

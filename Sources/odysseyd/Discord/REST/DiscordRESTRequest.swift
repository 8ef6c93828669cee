import Foundation

/// One Discord REST request as it goes on the wire: URL, method, headers and JSON body. Built once
/// and sent again unchanged on every retry.
///
/// ```swift
/// let request = try DiscordRESTRequest(
///     route: DiscordRoute(.post, "/channels/{channel.id}/messages", ["channel.id": "1234"]),
///     baseURL: "https://discord.com/api/v10", token: "…", body: Data(#"{"content":"hi"}"#.utf8),
///     auditLogReason: "weekly reset")
/// request.url   // "https://discord.com/api/v10/channels/1234/messages"
/// ```
struct DiscordRESTRequest: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// "1-512 URL-encoded UTF-8 characters" (resources/audit-log.mdx, "Audit Log Entry Object").
    /// Counted before encoding, in Unicode scalars like every other Discord length (RequestLimits).
    static let auditLogReasonLimit = 512

    /// "DiscordBot ($url, $versionNumber)": the form Discord requires of bots; a missing or odd
    /// user agent can get requests blocked by Cloudflare (error 40333,
    /// topics/opcodes-and-status-codes.mdx).
    static func userAgent(version: String) -> String {
        "DiscordBot (https://github.com/odyssey, \(version))"
    }

    /// Unreserved characters of RFC 3986: everything else in a reason is percent-encoded as UTF-8.
    private static let reasonCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    let route: DiscordRoute
    let url: String
    /// Header name and value pairs, the Authorization header included: never log them whole.
    let headers: [(String, String)]
    let body: Data?

    init(route: DiscordRoute, baseURL: String, token: String, body: Data?, auditLogReason: String?,
         userAgent: String = Self.userAgent(version: "0.1.0")) throws(DiscordRESTRequestError) {
        guard let path = route.path else { throw DiscordRESTRequestError(route: route, problem: "a path parameter has no value") }
        self.route = route
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        url = base + path
        var headers: [(String, String)] = [("User-Agent", userAgent), ("Accept", "application/json")]
        if Self.needsBotToken(route) { headers.append(("Authorization", "Bot \(token)")) }
        if body != nil { headers.append(("Content-Type", "application/json")) }
        if let reason = auditLogReason.flatMap(Self.encodeAuditLogReason) { headers.append(("X-Audit-Log-Reason", reason)) }
        self.headers = headers
        self.body = body
    }

    /// The route (tokens hashed) and header names only: the request holds the bot token.
    var description: String { "\(route) headers: \(headers.map(\.0).joined(separator: ", "))" }
    var debugDescription: String { description }

    /// Routes on an interaction token are webhook-style endpoints authorised by the token in the
    /// path (interactions/receiving-and-responding.mdx, "Endpoints"), so the bot token is kept off
    /// the wire for them: one fewer place for it to leak.
    static func needsBotToken(_ route: DiscordRoute) -> Bool {
        !route.template.contains("{interaction.token}")
    }

    /// The header value for `reason`: cut to ``auditLogReasonLimit`` scalars at a character
    /// boundary (a long reason is informative, not wrong, so it is shortened rather than refused),
    /// then percent-encoded. Nil for an empty reason, which Discord does not accept (1-512).
    static func encodeAuditLogReason(_ reason: String) -> String? {
        var kept = ""
        var scalars = 0
        for character in reason {
            let count = character.unicodeScalars.count
            guard scalars + count <= auditLogReasonLimit else { break }
            kept.append(character)
            scalars += count
        }
        guard !kept.isEmpty else { return nil }
        return kept.addingPercentEncoding(withAllowedCharacters: reasonCharacters)
    }
}

/// A request that cannot be built (a route with a missing path parameter).
struct DiscordRESTRequestError: Error, Sendable, CustomStringConvertible {
    let route: DiscordRoute
    let problem: String

    var description: String { "cannot build Discord request \(route): \(problem)" }
}

/// What a ``DiscordRESTRequest`` got back.
struct DiscordHTTPResponse: Sendable {
    var status: Int
    /// Header name and value pairs as received.
    var headers: [(String, String)]
    var body: Data
}

/// Puts a ``DiscordRESTRequest`` on the wire. A protocol so the HTTP stack can be swapped
/// (the default is ``AsyncHTTPClientTransport``).
/// Throws only when no response came; every HTTP status is a response.
protocol DiscordHTTPTransport: Sendable {
    func send(_ request: DiscordRESTRequest, timeout: Duration) async throws -> DiscordHTTPResponse
    /// Releases connections; called by the REST client's `shutdown()` when it owns the transport.
    func shutdown() async
}

import AsyncHTTPClient
import Foundation
import NIOCore

/// Discord's OAuth2 endpoints for the dashboard bridge: the token exchange, the refresh, and
/// `GET /users/@me` with the user's bearer token (discord-docs/topics/oauth2.mdx).
///
/// The client authenticates with HTTP Basic (application id and client secret), as Discord's
/// examples do. Logins are rare, so each call uses a short-lived `HTTPClient` (redirects refused,
/// so the credentials never travel elsewhere) instead of sharing the bot's rate-limited client:
/// these endpoints are not the bot's, and a user's token must not queue behind bot traffic.
///
/// ```swift
/// let oauth = DiscordOAuthClient(baseURL: "https://discord.com/api/v10", clientID: appID, clientSecret: secret)
/// let token = try await oauth.exchange(code: code, redirectURI: "https://dash.example/callback")
/// let user = try await oauth.currentUser(accessToken: token.accessToken)
/// ```
struct DiscordOAuthClient: Sendable {
    let baseURL: String
    let clientID: String
    let clientSecret: String
    var timeout: Duration = .seconds(15)

    func exchange(code: String, redirectURI: String) async throws(DiscordOAuthError) -> DiscordOAuthToken {
        try await token(form: [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI)])
    }

    func refresh(refreshToken: String) async throws(DiscordOAuthError) -> DiscordOAuthToken {
        try await token(form: [("grant_type", "refresh_token"), ("refresh_token", refreshToken)])
    }

    func currentUser(accessToken: String) async throws(DiscordOAuthError) -> User {
        let response = try await send(path: "/users/@me", post: false,
                                      headers: [("Authorization", "Bearer \(accessToken)")], body: nil)
        switch response.status {
        case 200:
            do {
                return try JSONDecoder().decode(User.self, from: response.body)
            } catch {
                throw .unavailable("GET /users/@me returned a user that does not decode: \(error)")
            }
        case 401: throw .unauthorized
        default: throw .unavailable("GET /users/@me answered \(response.status)")
        }
    }

    private func token(form: [(String, String)]) async throws(DiscordOAuthError) -> DiscordOAuthToken {
        let credentials = Data("\(Self.formEncode(clientID)):\(Self.formEncode(clientSecret))".utf8).base64EncodedString()
        let body = form.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
        let response = try await send(
            path: "/oauth2/token", post: true,
            headers: [("Authorization", "Basic \(credentials)"), ("Content-Type", "application/x-www-form-urlencoded")],
            body: Data(body.utf8)
        )
        if response.status == 200 {
            do {
                return try JSONDecoder().decode(DiscordOAuthToken.self, from: response.body)
            } catch {
                throw .unavailable("the token response does not decode: \(error)")
            }
        }
        let problem = try? JSONDecoder().decode(DiscordOAuthErrorBody.self, from: response.body)
        switch (response.status, problem?.error) {
        case (_, "invalid_grant"?): throw .invalidGrant(problem?.errorDescription ?? "the grant was refused")
        case (_, "invalid_client"?), (401, _): throw .invalidClient
        default: throw .unavailable("POST /oauth2/token answered \(response.status) \(problem?.error ?? "")")
        }
    }

    private struct RawResponse {
        var status: Int
        var body: Data
    }

    private func send(path: String, post: Bool, headers: [(String, String)], body: Data?) async throws(DiscordOAuthError) -> RawResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = post ? .POST : .GET
        request.headers.add(name: "User-Agent", value: "DiscordBot (https://github.com/odyssey, 1) odysseyd")
        request.headers.add(name: "Accept", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let result: Result<RawResponse, DiscordOAuthError>
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(timeout.nanosecondCount))
            let collected = try await response.body.collect(upTo: 1024 * 1024)
            result = .success(RawResponse(status: Int(response.status.code), body: Data(collected.readableBytesView)))
        } catch {
            // The error names the URL at most, never the headers: no credential ends up in a log.
            result = .failure(.unavailable("\(post ? "POST" : "GET") \(path): \(error)"))
        }
        // An HTTPClient that is never shut down traps on deinit.
        try? await client.shutdown()
        return try result.get()
    }

    /// `application/x-www-form-urlencoded` escaping: everything but unreserved characters.
    static func formEncode(_ text: String) -> String {
        // ASCII only: CharacterSet.alphanumerics would let non-ASCII letters through unescaped.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

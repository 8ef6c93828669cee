import Foundation
import Shared

extension SandboxWorld {
    /// Mints an authorization code for `user`, as if they had approved the application on
    /// Discord's authorize page with `redirectURI` (the test's stand-in for the browser step).
    ///
    /// ```swift
    /// let code = try await world.mintOAuthCode(for: SandboxWorld.Demo.adaUserID, redirectURI: "http://127.0.0.1/callback")
    /// ```
    func mintOAuthCode(for user: UInt64, redirectURI: String, scopes: [String] = ["identify"]) throws(SandboxRESTError) -> String {
        guard oauthUser(user) != nil else { throw SandboxRESTError(status: 404, code: 10013, message: "Unknown User") }
        let code = Self.randomToken(bytes: 15)
        oauth.codes[code] = SandboxOAuthGrant(userID: user, scopes: scopes, redirectURI: redirectURI)
        return code
    }

    /// How long access tokens issued from now on live (tests shorten it to reach a refresh).
    func setOAuthTokenLifetime(_ lifetime: Duration) {
        oauth.tokenLifetime = lifetime
    }

    /// Forgets every token of `user`, as when they remove the app from Authorized Apps: their
    /// refresh tokens then get `invalid_grant`.
    func revokeOAuthTokens(of user: UInt64) {
        oauth.accessTokens = oauth.accessTokens.filter { $0.value.userID != user }
        oauth.refreshTokens = oauth.refreshTokens.filter { $0.value.userID != user }
    }

    /// The OAuth2 requests: `POST /oauth2/token`, and `GET /users/@me` with a Bearer token. Nil
    /// for everything else, which takes the bot's path (bot token, JSON body, rate limits).
    func oauthAnswer(_ call: SandboxRESTCall) -> SandboxRESTReply? {
        switch call.routeID {
        case "POST /oauth2/token":
            return tokenEndpoint(call)
        case "GET /users/@me":
            guard let authorization = call.header("authorization"), authorization.hasPrefix("Bearer ") else { return nil }
            let token = String(authorization.dropFirst("Bearer ".count))
            guard let grant = oauth.accessTokens[token], let expiry = grant.expiresAt, expiry > clock.now,
                  grant.scopes.contains("identify"), let user = oauthUser(grant.userID) else {
                return Self.error(.unauthorized)
            }
            return .json(user.json)
        default:
            return nil
        }
    }

    private func tokenEndpoint(_ call: SandboxRESTCall) -> SandboxRESTReply {
        let form = Self.parseForm(call.body)
        // Client authentication: HTTP Basic, or client_id/client_secret in the body (both allowed by RFC 6749 §2.3.1).
        var clientID = form["client_id"]
        var secret = form["client_secret"]
        if let authorization = call.header("authorization"), authorization.hasPrefix("Basic "),
           let decoded = Data(base64Encoded: String(authorization.dropFirst("Basic ".count))),
           let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":") {
            clientID = String(pair[..<colon]).removingPercentEncoding
            secret = String(pair[pair.index(after: colon)...]).removingPercentEncoding
        }
        guard clientID == String(application.id), ConstantTime.isEqual(secret ?? "", oauth.clientSecret) else {
            return Self.oauthError(401, "invalid_client", nil)
        }
        switch form["grant_type"] {
        case "authorization_code":
            guard let code = form["code"], let redirectURI = form["redirect_uri"] else {
                return Self.oauthError(400, "invalid_request", "Missing \"code\" or \"redirect_uri\" in request.")
            }
            guard let grant = oauth.codes.removeValue(forKey: code) else {
                return Self.oauthError(400, "invalid_grant", "Invalid \"code\" in request.")
            }
            guard grant.redirectURI == redirectURI else {
                return Self.oauthError(400, "invalid_grant", "Invalid \"redirect_uri\" in request.")
            }
            return issueTokens(for: grant)
        case "refresh_token":
            guard let refresh = form["refresh_token"], let grant = oauth.refreshTokens.removeValue(forKey: refresh) else {
                return Self.oauthError(400, "invalid_grant", "Invalid \"refresh_token\" in request.")
            }
            return issueTokens(for: grant)
        case nil:
            return Self.oauthError(400, "invalid_request", "Missing \"grant_type\" in request.")
        default:
            return Self.oauthError(400, "unsupported_grant_type", nil)
        }
    }

    private func issueTokens(for grant: SandboxOAuthGrant) -> SandboxRESTReply {
        let access = Self.randomToken(bytes: 20)
        let refresh = Self.randomToken(bytes: 20)
        oauth.accessTokens[access] = SandboxOAuthGrant(userID: grant.userID, scopes: grant.scopes, expiresAt: clock.now + oauth.tokenLifetime)
        oauth.refreshTokens[refresh] = SandboxOAuthGrant(userID: grant.userID, scopes: grant.scopes)
        return .json(.object([
            "access_token": .string(access), "token_type": .string("Bearer"),
            "expires_in": .int(Int(oauth.tokenLifetime.components.seconds)), "refresh_token": .string(refresh),
            "scope": .string(grant.scopes.joined(separator: " ")),
        ]))
    }

    /// Any user the world knows, from its guilds' members.
    func oauthUser(_ id: UInt64) -> SandboxUser? {
        for guild in guilds {
            if let member = guild.member(id) { return member.user }
        }
        return nil
    }

    /// RFC 6749 §5.2's error body, as Discord sends it.
    static func oauthError(_ status: Int, _ error: String, _ description: String?) -> SandboxRESTReply {
        var body: [String: JSONValue] = ["error": .string(error)]
        if let description { body["error_description"] = .string(description) }
        return .json(.object(body), status: status)
    }

    static func parseForm(_ body: Data) -> [String: String] {
        var form: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            guard let name = parts.first else { continue }
            form[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return form
    }

    static func randomToken(bytes count: Int) -> String {
        Base64URL.encode((0..<count).map { _ in UInt8.random(in: 0...255) })
    }
}

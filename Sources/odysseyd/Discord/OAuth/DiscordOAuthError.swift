/// Why a call to Discord's OAuth2 endpoints failed, sorted by what the caller can do about it.
enum DiscordOAuthError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `invalid_grant`: the code (or refresh token) is wrong, expired, used, or was issued for
    /// another redirect URI. The user has to log in again.
    case invalidGrant(String)
    /// `invalid_client`: the client id or secret is wrong; an operator must fix the configuration.
    case invalidClient
    /// `GET /users/@me` refused the access token.
    case unauthorized
    /// Anything else: Discord down, a 5xx or 429, a body that does not decode, no connection.
    case unavailable(String)

    var description: String {
        switch self {
        case .invalidGrant(let detail): "invalid_grant: \(detail)"
        case .invalidClient: "invalid_client: Discord refused the client id or secret (DISCORD_APPLICATION_ID, DISCORD_CLIENT_SECRET)"
        case .unauthorized: "Discord refused the access token"
        case .unavailable(let detail): "Discord's OAuth2 endpoint failed: \(detail)"
        }
    }
}

/// Why an exchange or a session look-up did not succeed; the HTTP routes turn each into a status.
enum OAuthBridgeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The redirect URI is not https/loopback or not on the allow-list.
    case redirectURINotAllowed
    /// This code was exchanged before (here): refused without asking Discord.
    case codeReused
    /// Discord's `invalid_grant`: wrong, expired or already used code, or another redirect URI.
    case invalidGrant(String)
    /// Discord refused the client credentials: the operator's configuration is wrong.
    case misconfigured
    /// Discord failed otherwise (down, 5xx, 429, unreadable answer).
    case discordUnavailable(String)
    /// No such session, or it expired or was revoked: the same answer, so nothing is learnt.
    case unknownSession

    var description: String {
        switch self {
        case .redirectURINotAllowed: "redirectUri is not an allowed redirect URI (https, or http on a loopback host, and on ODYSSEY_OAUTH_REDIRECT_URIS when that is set)"
        case .codeReused: "invalid_grant: this authorization code was already used; start the login again"
        case .invalidGrant(let detail): "invalid_grant: Discord refused the authorization code (\(detail)); start the login again"
        case .misconfigured: "the OAuth bridge's client credentials were refused by Discord; the operator must check DISCORD_APPLICATION_ID and DISCORD_CLIENT_SECRET"
        case .discordUnavailable: "Discord did not complete the login; try again shortly"
        case .unknownSession: "unknown session: it does not exist, has expired or was revoked"
        }
    }
}

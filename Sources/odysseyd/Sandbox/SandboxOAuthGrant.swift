import Shared

/// What the sandbox remembers about OAuth2 (topics/oauth2.mdx): codes waiting to be exchanged,
/// and the access and refresh tokens it handed out, each tied to a user and the scopes granted.
struct SandboxOAuthGrant: Sendable, Equatable {
    var userID: UInt64
    var scopes: [String]
    /// Codes only: the exchange must name the same redirect URI the authorization used.
    var redirectURI: String?
    /// Access tokens only.
    var expiresAt: ContinuousClock.Instant?
}

/// The sandbox's OAuth2 state, one per world.
struct SandboxOAuthState: Sendable {
    /// Single-use: an exchange removes the code whatever its outcome, as Discord does.
    var codes: [String: SandboxOAuthGrant] = [:]
    var accessTokens: [String: SandboxOAuthGrant] = [:]
    var refreshTokens: [String: SandboxOAuthGrant] = [:]
    /// `expires_in` of issued access tokens; Discord's are a week.
    var tokenLifetime: Duration = .seconds(604_800)
    var clientSecret = SandboxDefaults.clientSecret
}

import Foundation

/// One row of `oauth_sessions`: who logged in, what they granted, and Discord's tokens still
/// sealed (``TokenCipher``); only the bridge opens them, and only to call Discord.
struct OAuthSession: Sendable, Equatable {
    var idHash: String
    var userID: Snowflake
    var username: String
    var globalName: String?
    var avatar: String?
    var scopes: [String]
    var sealedAccessToken: [UInt8]
    var sealedRefreshToken: [UInt8]?
    var tokenExpiresAt: Date
    var expiresAt: Date
    var createdAt: Date
    var refreshedAt: Date?
    var revokedAt: Date?

    /// Usable at `date`: not revoked and not past its expiry.
    func isActive(at date: Date) -> Bool {
        revokedAt == nil && expiresAt > date
    }
}

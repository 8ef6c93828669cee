import Foundation

/// Discord's Access Token Response (discord-docs/topics/oauth2.mdx): what the token endpoint
/// returns for the authorization-code and refresh-token grants.
struct DiscordOAuthToken: Decodable, Sendable {
    var accessToken: String
    var tokenType: String
    /// Seconds from the response.
    var expiresIn: Int
    var refreshToken: String?
    /// Space-separated scopes the user granted.
    var scope: String

    var scopes: [String] { scope.split(separator: " ").map(String.init) }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
        case scope
    }
}

/// Discord's OAuth2 error body (RFC 6749 §5.2): `{"error": "invalid_grant", "error_description": …}`.
struct DiscordOAuthErrorBody: Decodable, Sendable {
    var error: String
    var errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
    }
}

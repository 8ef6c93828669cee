import Foundation

/// The dashboard OAuth bridge's settings (issue 5). The bridge exists only when the client
/// secret, the token key and the application id are all set; naming one secret without the other
/// is an error, so a half-configured bridge never silently stays off.
///
/// ```swift
/// if let oauth = configuration.oauth {
///     let cipher = oauth.cipher            // AES-256-GCM for tokens at rest
///     let lifetime = oauth.sessionTTL      // 7d unless ODYSSEY_SESSION_TTL says otherwise
/// }
/// ```
struct OAuthBridgeSettings: Sendable {
    /// `DISCORD_APPLICATION_ID`: OAuth2's client id.
    var applicationID: String
    var clientSecret: String
    var cipher: TokenCipher
    var sessionTTL: Duration
    /// Exact redirect URIs the dashboard may use; empty: any https URI, or http on a loopback host.
    var redirectURIs: [String]
    var syncURL: String?

    /// nil when the bridge is not configured.
    init?(value: (String) -> String, applicationID: String?) throws {
        func optional(_ name: String) -> String? {
            let text = value(name).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        let secret = optional("DISCORD_CLIENT_SECRET")
        let keyText = optional("ODYSSEY_TOKEN_KEY")
        switch (secret, keyText) {
        case (nil, nil):
            return nil
        case (_?, nil):
            throw ConfigurationError(setting: "ODYSSEY_TOKEN_KEY", message: "is required with DISCORD_CLIENT_SECRET: the OAuth bridge stores Discord tokens encrypted with it; make one with `openssl rand -base64 32`")
        case (nil, _?):
            throw ConfigurationError(setting: "DISCORD_CLIENT_SECRET", message: "is required with ODYSSEY_TOKEN_KEY: copy the Client Secret from the Developer Portal's OAuth2 page")
        case let (secret?, keyText?):
            guard let applicationID else {
                throw ConfigurationError(setting: "DISCORD_APPLICATION_ID", message: "is required with DISCORD_CLIENT_SECRET: it is the OAuth2 client id")
            }
            do {
                cipher = try TokenCipher(keyText: keyText)
            } catch {
                throw ConfigurationError(setting: "ODYSSEY_TOKEN_KEY", message: error.description)
            }
            self.applicationID = applicationID
            clientSecret = secret
        }
        sessionTTL = try DaemonConfiguration.parseDuration(value("ODYSSEY_SESSION_TTL"), setting: "ODYSSEY_SESSION_TTL")
        guard sessionTTL >= .seconds(60), sessionTTL <= .seconds(366 * 86_400) else {
            throw ConfigurationError(setting: "ODYSSEY_SESSION_TTL", message: "\"\(value("ODYSSEY_SESSION_TTL"))\" must be from 1m to 366d, e.g. 7d")
        }
        redirectURIs = try value("ODYSSEY_OAUTH_REDIRECT_URIS").split(separator: ",").map { part in
            let uri = part.trimmingCharacters(in: .whitespaces)
            guard RedirectURIPolicy.isAcceptable(uri) else {
                throw ConfigurationError(setting: "ODYSSEY_OAUTH_REDIRECT_URIS", message: "\"\(uri)\" is not an https URI (or http on 127.0.0.1, ::1 or localhost)")
            }
            return uri
        }.filter { !$0.isEmpty }
        syncURL = optional("ODYSSEY_OAUTH_SYNC_URL")
        if let syncURL {
            guard let url = URL(string: syncURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigurationError(setting: "ODYSSEY_OAUTH_SYNC_URL", message: "\"\(syncURL)\" is not an http(s) URL, e.g. https://backend.example/odyssey/sessions")
            }
        }
    }

    /// Lines for `--check-config`; secrets are only ever "(redacted)".
    static func describe(_ settings: OAuthBridgeSettings?) -> [String: String] {
        [
            "DISCORD_CLIENT_SECRET": settings == nil ? "(not set)" : "(redacted)",
            "ODYSSEY_TOKEN_KEY": settings == nil ? "(not set)" : "(redacted)",
            "ODYSSEY_SESSION_TTL": settings.map { "\($0.sessionTTL)" } ?? "(OAuth bridge off)",
            "ODYSSEY_OAUTH_REDIRECT_URIS": settings.map { $0.redirectURIs.isEmpty ? "(any https or loopback)" : $0.redirectURIs.joined(separator: ",") } ?? "(OAuth bridge off)",
            "ODYSSEY_OAUTH_SYNC_URL": settings?.syncURL ?? "(not set)",
        ]
    }
}

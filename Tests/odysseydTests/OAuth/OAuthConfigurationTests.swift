import Foundation
import Testing
@testable import odysseyd

/// The bridge's settings: off unless both secrets are set, and every wrong value named.
@Suite("OAuth bridge configuration")
struct OAuthConfigurationTests {
    static let appID = "1191168914231525376"
    static let key = Data(repeating: 1, count: 32).base64EncodedString()

    func configuration(_ values: [String: String]) throws -> DaemonConfiguration {
        let source = try ConfigurationSource.load(envFile: nil, explicit: false, environment: values)
        return try DaemonConfiguration(source: source)
    }

    func error(_ values: [String: String]) -> ConfigurationError? {
        do {
            _ = try configuration(values)
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    @Test func offByDefaultAndOnWithBothSecrets() throws {
        #expect(try configuration([:]).oauth == nil)
        let on = try #require(try configuration([
            "DISCORD_APPLICATION_ID": Self.appID, "DISCORD_CLIENT_SECRET": "s3cret", "ODYSSEY_TOKEN_KEY": Self.key,
            "ODYSSEY_SESSION_TTL": "2h", "ODYSSEY_OAUTH_SYNC_URL": "https://backend.example/sessions",
        ]).oauth)
        #expect(on.applicationID == Self.appID && on.clientSecret == "s3cret")
        #expect(on.sessionTTL == .seconds(7200))
        #expect(on.syncURL == "https://backend.example/sessions")
        #expect(on.redirectURIs.isEmpty)
    }

    @Test func eachHalfConfigurationIsNamed() {
        #expect(error(["DISCORD_APPLICATION_ID": Self.appID, "DISCORD_CLIENT_SECRET": "s"])?.setting == "ODYSSEY_TOKEN_KEY")
        #expect(error(["DISCORD_APPLICATION_ID": Self.appID, "ODYSSEY_TOKEN_KEY": Self.key])?.setting == "DISCORD_CLIENT_SECRET")
        #expect(error(["DISCORD_CLIENT_SECRET": "s", "ODYSSEY_TOKEN_KEY": Self.key])?.setting == "DISCORD_APPLICATION_ID")
        let badKey = error(["DISCORD_APPLICATION_ID": Self.appID, "DISCORD_CLIENT_SECRET": "s", "ODYSSEY_TOKEN_KEY": "abcd"])
        #expect(badKey?.setting == "ODYSSEY_TOKEN_KEY")
        #expect(badKey?.message.contains("32") == true, "\(String(describing: badKey))")
        let both = ["DISCORD_APPLICATION_ID": Self.appID, "DISCORD_CLIENT_SECRET": "s", "ODYSSEY_TOKEN_KEY": Self.key]
        #expect(error(both.merging(["ODYSSEY_SESSION_TTL": "10s"]) { $1 })?.setting == "ODYSSEY_SESSION_TTL")
        #expect(error(both.merging(["ODYSSEY_OAUTH_SYNC_URL": "ftp://x"]) { $1 })?.setting == "ODYSSEY_OAUTH_SYNC_URL")
        #expect(error(both.merging(["ODYSSEY_OAUTH_REDIRECT_URIS": "http://dash.example/cb"]) { $1 })?.setting == "ODYSSEY_OAUTH_REDIRECT_URIS")
    }

    @Test func secretsAreRedactedAndReadFromCredentials() throws {
        let values = ["DISCORD_APPLICATION_ID": Self.appID, "DISCORD_CLIENT_SECRET": "s3cret", "ODYSSEY_TOKEN_KEY": Self.key]
        let source = try ConfigurationSource.load(envFile: nil, explicit: false, environment: values)
        let lines = try DaemonConfiguration(source: source).describe(source: source)
        #expect(lines.first { $0.name == "DISCORD_CLIENT_SECRET" }?.value == "(redacted)")
        #expect(lines.first { $0.name == "ODYSSEY_TOKEN_KEY" }?.value == "(redacted)")
        #expect(!lines.contains { $0.value.contains("s3cret") || $0.value.contains(Self.key) })
        #expect(ConfigurationSource.credentialNames.contains("DISCORD_CLIENT_SECRET"))
        #expect(ConfigurationSource.credentialNames.contains("ODYSSEY_TOKEN_KEY"))
    }

    @Test func redirectURIPolicy() {
        #expect(RedirectURIPolicy.isAcceptable("https://dash.example/callback"))
        #expect(RedirectURIPolicy.isAcceptable("http://127.0.0.1:3000/callback"))
        #expect(RedirectURIPolicy.isAcceptable("http://localhost/cb"))
        #expect(!RedirectURIPolicy.isAcceptable("http://dash.example/callback"))
        #expect(!RedirectURIPolicy.isAcceptable("javascript:alert(1)"))
        #expect(!RedirectURIPolicy.isAcceptable("https://dash.example/cb#fragment"))
        #expect(RedirectURIPolicy.isAllowed("https://a.example/cb", allowList: ["https://a.example/cb"]))
        #expect(!RedirectURIPolicy.isAllowed("https://b.example/cb", allowList: ["https://a.example/cb"]))
    }
}

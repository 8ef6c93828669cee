import AsyncHTTPClient
import Foundation
import NIOCore
import Shared
import Testing
@testable import odysseyd

/// The sandbox's OAuth2 side, through the real client: Discord's token endpoint rules and error
/// bodies, the Bearer `GET /users/@me`, and the browser's authorize redirect.
@Suite("Sandbox OAuth2 endpoints")
struct SandboxOAuthTests {
    static let redirect = "http://127.0.0.1:3000/callback"

    func client(_ harness: SandboxHarness, secret: String = SandboxDefaults.clientSecret) async -> DiscordOAuthClient {
        DiscordOAuthClient(baseURL: await harness.sandbox.apiBaseURL(), clientID: String(SandboxWorld.Demo.applicationID), clientSecret: secret)
    }

    @Test func codeExchangeRefreshAndUser() async throws {
        try await SandboxHarness.with { harness in
            let oauth = await client(harness)
            let code = try await harness.world.mintOAuthCode(for: SandboxWorld.Demo.benUserID, redirectURI: Self.redirect, scopes: ["identify", "email"])
            let token = try await oauth.exchange(code: code, redirectURI: Self.redirect)
            #expect(token.tokenType == "Bearer" && token.expiresIn == 604_800 && token.scopes == ["identify", "email"])
            let user = try await oauth.currentUser(accessToken: token.accessToken)
            #expect(user.id == Snowflake(SandboxWorld.Demo.benUserID) && user.username == "ben")

            await #expect(throws: DiscordOAuthError.invalidGrant("Invalid \"code\" in request.")) {
                try await oauth.exchange(code: code, redirectURI: Self.redirect)
            }
            let refreshed = try await oauth.refresh(refreshToken: try #require(token.refreshToken))
            #expect(refreshed.accessToken != token.accessToken)
            await #expect(throws: DiscordOAuthError.invalidGrant("Invalid \"refresh_token\" in request.")) {
                try await oauth.refresh(refreshToken: try #require(token.refreshToken))
            }
            await #expect(throws: DiscordOAuthError.unauthorized) { try await oauth.currentUser(accessToken: "nope") }
        }
    }

    @Test func wrongSecretAndRedirectAreRefusedAsDiscordDoes() async throws {
        try await SandboxHarness.with { harness in
            let code = try await harness.world.mintOAuthCode(for: SandboxWorld.Demo.adaUserID, redirectURI: Self.redirect)
            await #expect(throws: DiscordOAuthError.invalidClient) {
                try await client(harness, secret: "wrong").exchange(code: code, redirectURI: Self.redirect)
            }
            await #expect(throws: DiscordOAuthError.invalidGrant("Invalid \"redirect_uri\" in request.")) {
                try await client(harness).exchange(code: code, redirectURI: "http://127.0.0.1:3000/elsewhere")
            }
            await #expect(throws: DiscordOAuthError.invalidGrant("Invalid \"code\" in request."), "a code is spent by any attempt") {
                try await client(harness).exchange(code: code, redirectURI: Self.redirect)
            }
        }
    }

    @Test func theBotTokenStillGetsTheBotUser() async throws {
        try await SandboxHarness.with { harness in
            var request = HTTPClientRequest(url: await harness.sandbox.apiBaseURL() + "/users/@me")
            request.headers.add(name: "Authorization", value: "Bot \(SandboxDefaults.token)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            let body = String(buffer: try await response.body.collect(upTo: 1 << 20))
            #expect(response.status.code == 200)
            #expect(body.contains("\"bot\":true") || body.contains("\"bot\": true"), "\(body)")
        }
    }

    @Test func authorizeRedirectsWithCodeAndState() async throws {
        try await SandboxHarness.with { harness in
            let base = await harness.sandbox.controlURL()
            var configuration = HTTPClient.Configuration()
            configuration.redirectConfiguration = .disallow
            let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            defer { _ = http.shutdown() }
            let url = base + "/oauth2/authorize?client_id=\(SandboxWorld.Demo.applicationID)&response_type=code&scope=identify"
                + "&state=abc&user_id=\(SandboxWorld.Demo.cleoUserID)&redirect_uri=" + DiscordOAuthClient.formEncode(Self.redirect)
            let response = try await http.execute(HTTPClientRequest(url: url), timeout: .seconds(10))
            #expect(response.status.code == 302)
            let location = try #require(response.headers.first(name: "location"))
            let items = URLComponents(string: location)?.queryItems ?? []
            #expect(location.hasPrefix(Self.redirect + "?"))
            #expect(items.first { $0.name == "state" }?.value == "abc")
            let code = try #require(items.first { $0.name == "code" }?.value)
            let token = try await client(harness).exchange(code: code, redirectURI: Self.redirect)
            #expect(try await client(harness).currentUser(accessToken: token.accessToken).username == "cleo")
        }
    }

    @Test func codesCanBeMintedOverHTTP() async throws {
        try await SandboxHarness.with { harness in
            var request = HTTPClientRequest(url: await harness.sandbox.controlURL() + SandboxDefaults.oauthCodePath)
            request.method = .POST
            request.body = .bytes(ByteBuffer(string: #"{"redirect_uri": "\#(Self.redirect)", "user_id": "\#(SandboxWorld.Demo.benUserID)"}"#))
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            #expect(response.status.code == 200)
            let body = try await response.body.collect(upTo: 1 << 20)
            let code = try #require(try JSONDecoder().decode([String: String].self, from: Data(buffer: body))["code"])
            let token = try await client(harness).exchange(code: code, redirectURI: Self.redirect)
            #expect(try await client(harness).currentUser(accessToken: token.accessToken).username == "ben")
        }
    }
}

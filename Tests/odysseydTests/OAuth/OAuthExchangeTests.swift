import Foundation
import Hummingbird
import HummingbirdTesting
import Shared
import Testing
@testable import odysseyd

/// `POST /admin/oauth/discord/exchange` and `GET /admin/oauth/session/:sessionId` against the
/// Discord sandbox and a real PostgreSQL: the login, and every way it can go wrong.
@Suite("OAuth bridge: exchange and session look-up")
struct OAuthExchangeTests {
    @Test func exchangeCreatesASessionWithSealedTokens() async throws {
        try await OAuthTestbed.with { bed in
            let code = try await bed.code()
            try await bed.withClient { client in
                let answer = try await client.exchange(code: code)
                #expect(answer.status == .ok, "\(answer.body)")
                let created = try answer.body.decoded(as: OAuthBridgeRoutes.ExchangeResponse.self)
                #expect(created.sessionId.count == 43)
                #expect(created.expiresAt == OAuthTestbed.start.addingTimeInterval(7 * 86_400))

                // The row is keyed by the id's hash and holds the tokens sealed, never in clear.
                let accessTokens = await bed.world.oauth.accessTokens.keys
                let refreshTokens = await bed.world.oauth.refreshTokens.keys
                let access = try #require(accessTokens.first)
                let refresh = try #require(refreshTokens.first)
                let hash = OAuthSessionID.hash(of: created.sessionId)
                let rowText = try #require(try await bed.pool.firstValue(String.self, "SELECT row_to_json(s)::text FROM oauth_sessions s WHERE id_hash = $1", [hash]))
                #expect(!rowText.contains(access) && !rowText.contains(refresh) && !rowText.contains(created.sessionId))
                let hexAccess = Array(access.utf8).map { String(format: "%02x", $0) }.joined()
                #expect(!rowText.contains(hexAccess))
                let session = try #require(try await bed.store.session(idHash: hash))
                #expect(try bed.settings.cipher.openText(session.sealedAccessToken, associatedData: hash) == access)
                #expect(try bed.settings.cipher.openText(try #require(session.sealedRefreshToken), associatedData: hash) == refresh)
                #expect(session.userID == Snowflake(SandboxWorld.Demo.adaUserID))
                #expect(session.username == "ada" && session.globalName == "Ada")
                #expect(session.scopes == ["identify", "guilds"])

                // The refresh is queued ten minutes before Discord's token expires; no sync without a URL.
                let runAt = try await bed.pool.firstValue(Date.self, "SELECT run_at FROM jobs WHERE name = 'oauth.token.refresh'")
                #expect(runAt == OAuthTestbed.start.addingTimeInterval(7 * 86_400 - 600))
                #expect(try await bed.pool.firstValue(Int.self, "SELECT count(*) FROM jobs WHERE name = 'oauth.session.sync'") == 0)
                let payload = try await bed.pool.firstValue(String.self, "SELECT payload::text FROM jobs WHERE name = 'oauth.token.refresh'")
                #expect(payload?.contains(hash) == true && payload?.contains(created.sessionId) == false)

                let look = try await client.session(created.sessionId)
                #expect(look.status == .ok, "\(look.body)")
                let view = try look.body.decoded(as: OAuthBridgeRoutes.SessionResponse.self)
                #expect(view.user.id == String(SandboxWorld.Demo.adaUserID))
                #expect(view.user.username == "ada" && view.user.globalName == "Ada")
                #expect(view.scopes == ["identify", "guilds"])
                #expect(view.expiresAt == created.expiresAt)
                #expect(!look.body.contains(access))
            }
        }
    }

    @Test func wrongCodeIsInvalidGrant() async throws {
        try await OAuthTestbed.with { bed in
            try await bed.withClient { client in
                let answer = try await client.exchange(code: "no-such-code")
                #expect(answer.status == .badRequest)
                #expect(answer.body.contains("invalid_grant"), "\(answer.body)")
            }
            #expect(try await bed.pool.firstValue(Int.self, "SELECT count(*) FROM oauth_sessions") == 0)
        }
    }

    @Test func reusedCodeIsRefusedWithoutAskingDiscord() async throws {
        try await OAuthTestbed.with { bed in
            let code = try await bed.code()
            try await bed.withClient { client in
                #expect(try await client.exchange(code: code).status == .ok)
                #expect(await bed.tokenRequests() == 1)
                let again = try await client.exchange(code: code)
                #expect(again.status == .badRequest)
                #expect(again.body.contains("already used"), "\(again.body)")
                #expect(await bed.tokenRequests() == 1, "a replay never reaches Discord")
            }
            #expect(try await bed.pool.firstValue(Int.self, "SELECT count(*) FROM oauth_sessions") == 1)
        }
    }

    @Test func redirectURIMustMatchAndBeAllowed() async throws {
        try await OAuthTestbed.with { bed in
            let code = try await bed.code(redirectURI: "http://127.0.0.1:3000/other")
            try await bed.withClient { client in
                let mismatched = try await client.exchange(code: code)
                #expect(mismatched.status == .badRequest)
                #expect(mismatched.body.contains("redirect_uri"), "Discord's own words: \(mismatched.body)")

                let plainHTTP = try await client.exchange(code: try await bed.code(redirectURI: "http://dash.example/cb"),
                                                          redirectURI: "http://dash.example/cb")
                #expect(plainHTTP.status == .badRequest)
                #expect(plainHTTP.body.contains("redirectUri"), "\(plainHTTP.body)")
            }
        }
        try await OAuthTestbed.with(["ODYSSEY_OAUTH_REDIRECT_URIS": "https://dash.example/callback"]) { bed in
            try await bed.withClient { client in
                let notListed = try await client.exchange(code: try await bed.code())
                #expect(notListed.status == .badRequest)
                #expect(await bed.tokenRequests() == 0)
            }
        }
    }

    @Test func bodiesThatAreNotTheExpectedJSONAreNamed() async throws {
        try await OAuthTestbed.with { bed in
            try await bed.withClient { client in
                let cases: [(String, String)] = [
                    ("", "empty"),
                    ("code=abc", "not JSON"),
                    ("[1, 2]", "not a JSON object"),
                    (#"{"redirectUri": "http://127.0.0.1/cb", "state": "s"}"#, "missing field code"),
                    (#"{"code": "abc", "state": "s"}"#, "missing field redirectUri"),
                    (#"{"code": "abc", "redirectUri": "http://127.0.0.1/cb"}"#, "missing field state"),
                    (#"{"code": 42, "redirectUri": "http://127.0.0.1/cb", "state": "s"}"#, "field code must be a string"),
                    (#"{"code": null, "redirectUri": "http://127.0.0.1/cb", "state": "s"}"#, "field code is null"),
                    (#"{"code": "", "redirectUri": "http://127.0.0.1/cb", "state": "s"}"#, "code is empty"),
                    (#"{"code": "abc", "redirect_uri": "http://127.0.0.1/cb", "state": "s"}"#, "missing field redirectUri"),
                ]
                for (body, message) in cases {
                    let answer = try await client.exchange(body)
                    #expect(answer.status == .badRequest, "\(body)")
                    #expect(answer.body.contains(message), "\(body) → \(answer.body)")
                }
            }
            #expect(await bed.tokenRequests() == 0)
        }
    }

    @Test func unknownRevokedAndExpiredSessionsAre404() async throws {
        try await OAuthTestbed.with { bed in
            try await bed.withClient { client in
                #expect(try await client.session(String(repeating: "A", count: 43)).status == .notFound)
                #expect(try await client.session("short").status == .notFound)

                let first = try await client.exchange(code: try await bed.code()).body.decoded(as: OAuthBridgeRoutes.ExchangeResponse.self)
                let second = try await client.exchange(code: try await bed.code(for: SandboxWorld.Demo.benUserID))
                    .body.decoded(as: OAuthBridgeRoutes.ExchangeResponse.self)
                #expect(try await client.session(first.sessionId).status == .ok)

                let revoked = try await bed.store.revoke(idHash: OAuthSessionID.hash(of: first.sessionId), userID: nil, at: bed.clock.now())
                #expect(revoked.count == 1)
                let gone = try await client.session(first.sessionId)
                #expect(gone.status == .notFound)
                #expect(gone.body.contains("unknown session"))

                #expect(try await client.session(second.sessionId).status == .ok)
                bed.clock.advance(by: .seconds(7 * 86_400))
                #expect(try await client.session(second.sessionId).status == .notFound, "expired at exactly its expiry")
            }
        }
    }

    @Test func discordFailingIs502AndTheCodeMayBeRetried() async throws {
        try await OAuthTestbed.with { bed in
            let code = try await bed.code()
            await bed.world.force(.status(502), count: 1, route: "POST /oauth2/token")
            try await bed.withClient { client in
                let failed = try await client.exchange(code: code)
                #expect(failed.status == .badGateway, "\(failed.body)")
                let retried = try await client.exchange(code: code)
                #expect(retried.status == .ok, "the code was not spent: \(retried.body)")
            }
        }
    }

    @Test func wrongClientSecretIs502() async throws {
        try await OAuthTestbed.with(["DISCORD_CLIENT_SECRET": "not-the-secret"]) { bed in
            try await bed.withClient { client in
                let answer = try await client.exchange(code: try await bed.code())
                #expect(answer.status == .badGateway)
                #expect(answer.body.contains("DISCORD_CLIENT_SECRET"), "\(answer.body)")
                #expect(!answer.body.contains("not-the-secret"))
            }
        }
    }

    @Test func routesAreAbsentWithoutTheBridge() async throws {
        let pool = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent"), size: 1, logger: .test)
        let server = PublicHTTPServer(host: "127.0.0.1", port: 0, health: DaemonHealth(), pool: pool, metrics: DaemonMetrics(registry: .init()),
                                      readiness: Readiness(), logger: .test)
        try await Application(router: server.makeRouter()).test(.router) { client in
            let exchange = try await client.exchange(code: "abc")
            let session = try await client.session(String(repeating: "A", count: 43))
            #expect(exchange.status == .notFound)
            #expect(session.status == .notFound)
        }
    }
}

@Suite("OAuth bridge: concurrency and housekeeping")
struct OAuthHousekeepingTests {
    @Test func twoConcurrentExchangesOfOneCodeMakeOneSession() async throws {
        try await OAuthTestbed.with { bed in
            let code = try await bed.code()
            try await bed.withClient { client in
                async let first = client.exchange(code: code)
                async let second = client.exchange(code: code)
                let statuses = [try await first.status, try await second.status]
                #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == .badRequest }.count == 1, "\(statuses)")
            }
            #expect(try await bed.pool.firstValue(Int.self, "SELECT count(*) FROM oauth_sessions") == 1)
        }
    }

    @Test func sessionsEndedLongAgoArePurgedAtTheNextLogin() async throws {
        try await OAuthTestbed.with { bed in
            let old = try await bed.bridge.exchange(code: try await bed.code(), redirectURI: OAuthTestbed.redirectURI)
            bed.clock.advance(by: .seconds(7 * 86_400 + 30 * 86_400 + 60))
            let fresh = try await bed.bridge.exchange(code: try await bed.code(), redirectURI: OAuthTestbed.redirectURI)
            #expect(try await bed.store.session(idHash: old.id.hash) == nil)
            #expect(try await bed.store.session(idHash: fresh.id.hash) != nil)
        }
    }
}

import AsyncHTTPClient
import Foundation
import NIOCore
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// The bridge in the real daemon: a login through the public HTTP port against the sandbox, then
/// `odysseyctl session ls|revoke` over the control socket, and the revoked session gone.
@Suite("OAuth sessions, end to end")
struct SessionControlProcessTests {
    func post(_ url: String, json: String) async throws -> (status: UInt, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: json))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        return (response.status.code, String(buffer: try await response.body.collect(upTo: 1 << 20)))
    }

    func get(_ url: String) async throws -> (status: UInt, body: String) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(30))
        return (response.status.code, String(buffer: try await response.body.collect(upTo: 1 << 20)))
    }

    @Test func loginListRevoke() async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), gateway: DiscordSandbox.noGateway, logger: .test) { sandbox in
            try await TestDatabase.with { database, _ in
                let daemon = try await DaemonProcessTests.start(database: database, extraEnvironment: [
                    "DISCORD_API_BASE_URL": await sandbox.apiBaseURL(),
                    "DISCORD_APPLICATION_ID": String(SandboxWorld.Demo.applicationID),
                    "DISCORD_CLIENT_SECRET": SandboxDefaults.clientSecret,
                    "ODYSSEY_TOKEN_KEY": Data(repeating: 9, count: 32).base64EncodedString(),
                ])
                defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
                #expect(try await daemon.ctl("migrate").status == 0)

                let base = "http://127.0.0.1:\(daemon.httpPort)/admin/oauth"
                let redirect = "http://127.0.0.1:3000/callback"
                let code = try await sandbox.world.mintOAuthCode(for: SandboxWorld.Demo.cleoUserID, redirectURI: redirect)
                let exchanged = try await post(base + "/discord/exchange",
                                               json: #"{"code": "\#(code)", "redirectUri": "\#(redirect)", "state": "s"}"#)
                #expect(exchanged.status == 200, "\(exchanged.body)")
                let created = try exchanged.body.decoded(as: OAuthBridgeRoutes.ExchangeResponse.self)
                #expect(try await get(base + "/session/" + created.sessionId).status == 200)
                #expect(try await post(base + "/discord/exchange", json: "{").status == 400)

                let list = try await daemon.ctl("session", "ls", "--json")
                #expect(list.status == 0, "\(list.stderr)")
                let sessions = try ControlJSON.decoder.decode(SessionListResponse.self, from: Data(list.stdout.utf8)).sessions
                #expect(sessions.count == 1)
                let session = try #require(sessions.first)
                #expect(session.userId == String(SandboxWorld.Demo.cleoUserID) && session.username == "cleo" && session.state == .active)
                #expect(session.idHash == OAuthSessionID.hash(of: created.sessionId))
                #expect(!list.stdout.contains(created.sessionId))
                let text = try await daemon.ctl("session", "ls")
                #expect(text.stdout.contains(String(session.idHash.prefix(12))) && text.stdout.contains("cleo (Cleo)"), "\(text.stdout)")

                #expect(try await daemon.ctl("session", "revoke", "zz").status == OdysseyExitCode.usage.rawValue)
                let revoked = try await daemon.ctl("session", "revoke", String(session.idHash.prefix(12)))
                #expect(revoked.status == 0, "\(revoked.stderr)")
                #expect(revoked.stdout.contains("Revoked session \(session.idHash.prefix(12))."), "\(revoked.stdout)")
                #expect(try await get(base + "/session/" + created.sessionId).status == 404)
                #expect(try await daemon.ctl("session", "ls").stdout.contains("No dashboard sessions."))
                let all = try await daemon.ctl("session", "ls", "--all", "--json")
                #expect(try ControlJSON.decoder.decode(SessionListResponse.self, from: Data(all.stdout.utf8)).sessions.first?.state == .revoked)
                let again = try await daemon.ctl("session", "revoke", "--user", String(SandboxWorld.Demo.cleoUserID))
                #expect(again.stdout.contains("nothing was revoked"), "\(again.stdout)")

                kill(daemon.process.processIdentifier, SIGTERM)
                #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
            }
        }
    }
}

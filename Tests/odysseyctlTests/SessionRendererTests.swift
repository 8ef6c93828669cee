import Foundation
import Shared
import Testing
@testable import odysseyctl

/// `odysseyctl session ls|revoke`: text, JSON, and the arguments revoke refuses.
@Suite("Session output and arguments")
struct SessionRendererTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z
    static let ada = SessionSummary(
        idHash: "3f9a0c1d2e4b" + String(repeating: "a", count: 52), userId: "1191168914407768064", username: "ada",
        globalName: "Ada", scopes: ["identify", "guilds"], state: .active,
        createdAt: now.addingTimeInterval(-7200), expiresAt: now.addingTimeInterval(6 * 86_400),
        tokenExpiresAt: now.addingTimeInterval(6 * 86_400), refreshedAt: nil, revokedAt: nil)
    static let ben = SessionSummary(
        idHash: "77b0" + String(repeating: "b", count: 60), userId: "1191168914407768065", username: "ben", globalName: "ben",
        scopes: ["identify"], state: .revoked, createdAt: now.addingTimeInterval(-86_400), expiresAt: now.addingTimeInterval(86_400),
        tokenExpiresAt: now.addingTimeInterval(86_400), refreshedAt: nil, revokedAt: now.addingTimeInterval(-60))

    @Test func listShowsTheHashPrefixUserStateAndTimes() {
        let time = TimeText(now: Self.now, timeZone: TimeZone(identifier: "UTC")!)
        #expect(SessionRenderer.listText(for: SessionListResponse(sessions: [Self.ada, Self.ben]), time: time) == """
            SESSION       USER       USER-ID              STATE    SCOPES           CREATED  EXPIRES
            3f9a0c1d2e4b  ada (Ada)  1191168914407768064  active   identify,guilds  2h ago   in 6d
            77b0bbbbbbbb  ben        1191168914407768065  revoked  identify         1d ago   revoked 1m ago
            """)
        #expect(SessionRenderer.listText(for: SessionListResponse(sessions: [])) == "No dashboard sessions.")
    }

    @Test func revokeSaysWhatItEnded() {
        #expect(SessionRenderer.revokedText(for: SessionRevokeResponse(revoked: [])) == "No live session matched; nothing was revoked.")
        #expect(SessionRenderer.revokedText(for: SessionRevokeResponse(revoked: [Self.ada.idHash])) == "Revoked session 3f9a0c1d2e4b.")
        #expect(SessionRenderer.revokedText(for: SessionRevokeResponse(revoked: [Self.ada.idHash, Self.ben.idHash]))
            == "Revoked 2 sessions: 3f9a0c1d2e4b, 77b0bbbbbbbb.")
    }

    @Test func jsonUsesTheControlAPIKeysAndNoTokens() throws {
        let response = SessionListResponse(sessions: [Self.ada])
        let text = JSONRenderer.text(for: response)
        for key in ["\"id_hash\"", "\"user_id\"", "\"global_name\"", "\"expires_at\"", "\"token_expires_at\"", "\"state\" : \"active\""] {
            #expect(text.contains(key), "\(key) in \(text)")
        }
        #expect(!text.contains("token\" :") && !text.contains("access"))
        #expect(try ControlJSON.decoder.decode(SessionListResponse.self, from: Data(text.utf8)) == response)
        #expect(ControlPath.sessions(all: false) == "/v1/sessions")
        #expect(ControlPath.sessions(all: true) == "/v1/sessions?all=true")
    }

    @Test func revokeArgumentsPickTheSelector() {
        #expect(Odysseyctl.Session.Revoke.request(for: "3f9a0c1d") == SessionRevokeRequest(idHash: "3f9a0c1d"))
        let id = String(repeating: "Ab_-", count: 10) + "xyz"
        #expect(Odysseyctl.Session.Revoke.request(for: id) == SessionRevokeRequest(sessionId: id))
        #expect(Odysseyctl.Session.Revoke.request(for: "3f9a") == nil)
        #expect(Odysseyctl.Session.Revoke.request(for: "not a session") == nil)
    }

    @Test(arguments: [["session", "revoke"], ["session", "revoke", "abc"], ["session", "revoke", "3f9a0c1d", "--user", "1"],
                      ["session", "revoke", "--user", "ada"]])
    func badArgumentsExit64(arguments: [String]) throws {
        let result = try OdysseyctlBinary.run(arguments)
        #expect(result.exitCode == OdysseyExitCode.usage.rawValue, "\(arguments): \(result)")
    }
}

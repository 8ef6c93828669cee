import Foundation
import Hummingbird
import HummingbirdTesting
import Shared
import Testing
@testable import odysseyd

/// The dashboard's engagement API: a session from the OAuth bridge, membership asked of Discord
/// (the sandbox), snapshots from PostgreSQL.
@Suite("Dashboard engagement API")
struct EngagementRoutesTests {
    typealias Demo = SandboxWorld.Demo

    func withClient(_ bed: OAuthTestbed, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = Router()
        OAuthBridgeRoutes(bridge: bed.bridge, schemaReady: { true }, logger: .test).register(on: router)
        EngagementRoutes(bridge: bed.bridge, engagement: MileageEngagementStore(pool: bed.pool, now: { OAuthTestbed.start }),
                         rest: bed.harness.client, schemaReady: { true }, logger: .test).register(on: router)
        try await Application(router: router).test(.router, body)
    }

    @Test func aMemberWithASessionSeesTheSnapshotsNewestFirst() async throws {
        try await OAuthTestbed.with { bed in
            for (day, active) in [("2027-01-14", 3), ("2027-01-15", 5)] {
                _ = try await bed.pool.query("""
                    INSERT INTO mileage_engagement_snapshots (guild_id, day, active_members, events_by_type, top_members, computed_at)
                    VALUES ($1, $2::date, $3, '{"message_sent": 12}', '[{"user_id": "42", "points": 9, "events": 4}]', $4)
                    """, [Snowflake(Demo.guildID), day, active, OAuthTestbed.start])
            }
            let code = try await bed.code(for: Demo.cleoUserID)
            try await withClient(bed) { client in
                let login = try await client.exchange(code: code)
                #expect(login.status == .ok, "\(login.body)")
                let session = try #require(try JSONSerialization.jsonObject(with: Data(login.body.utf8)) as? [String: Any])["sessionId"] as? String
                let sessionID = try #require(session)

                let (status, body) = try await client.execute(uri: "/api/v1/guilds/\(Demo.guildID)/engagement?days=7", method: .get,
                                                             headers: [.authorization: "Bearer \(sessionID)"]) { ($0.status, String(buffer: $0.body)) }
                #expect(status == .ok, "\(body)")
                let report = try JSONDecoder().decode(Report.self, from: Data(body.utf8))
                #expect(report.days.map(\.day) == ["2027-01-15", "2027-01-14"])
                #expect(report.days.first?.activeMembers == 5)
                #expect(report.days.first?.eventsByType == ["message_sent": 12])

                let unknownGuild = try await client.execute(uri: "/api/v1/guilds/42/engagement", method: .get,
                                                            headers: [.authorization: "Bearer \(sessionID)"]) { $0.status }
                #expect(unknownGuild == .notFound)
                let badDays = try await client.execute(uri: "/api/v1/guilds/\(Demo.guildID)/engagement?days=0", method: .get,
                                                       headers: [.authorization: "Bearer \(sessionID)"]) { $0.status }
                #expect(badDays == .badRequest)
            }
        }
    }

    @Test func withoutALiveSessionItIsUnauthorized() async throws {
        try await OAuthTestbed.with { bed in
            try await withClient(bed) { client in
                for headers: HTTPFields in [[:], [.authorization: "Basic abc"], [.authorization: "Bearer not-a-session"],
                                            [.authorization: "Bearer " + String(repeating: "A", count: 43)]] {
                    let (status, challenge) = try await client.execute(uri: "/api/v1/guilds/\(Demo.guildID)/engagement", method: .get,
                                                                       headers: headers) { ($0.status, $0.headers[.wwwAuthenticate]) }
                    #expect(status == .unauthorized, "\(headers)")
                    #expect(challenge == "Bearer")
                }
            }
        }
    }

    @Test func aUserWhoIsNotInTheServerIsForbidden() async throws {
        try await OAuthTestbed.with { bed in
            let code = try await bed.code(for: Demo.cleoUserID)
            try await withClient(bed) { client in
                let login = try await client.exchange(code: code)
                let sessionID = try #require((try JSONSerialization.jsonObject(with: Data(login.body.utf8)) as? [String: Any])?["sessionId"] as? String)
                // Cleo leaves the server after signing in.
                await bed.harness.world.removeMember(Demo.cleoUserID, from: Demo.guildID)
                let status = try await client.execute(uri: "/api/v1/guilds/\(Demo.guildID)/engagement", method: .get,
                                                      headers: [.authorization: "Bearer \(sessionID)"]) { $0.status }
                #expect(status == .forbidden)
            }
        }
    }

    struct Report: Decodable {
        struct Day: Decodable {
            var day: String
            var activeMembers: Int
            var eventsByType: [String: Int]
        }
        var days: [Day]
    }
}

private extension SandboxWorld {
    func removeMember(_ user: UInt64, from guild: UInt64) {
        guard let index = guildIndex(guild) else { return }
        guilds[index].members.removeAll { $0.user.id == user }
    }
}

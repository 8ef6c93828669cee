import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Runbook: rate limits")
struct RateLimitsRunbookTests {
    @Test func aQuietLimiterFindsNothing() async throws {
        try await RunbookFixture.with { fixture in
            let report = try await RateLimitsRunbook(context: fixture.context(limiter: RateLimiter())).run(filter: RunbookFilter(), apply: false)
            #expect(!report.hasProblems, "\(report.steps)")
            #expect(report.step("Gateway")?.status == .notChecked, "no gateway without a token")
            #expect(report.step("Current waits")?.summary == "nothing waits")
            #expect(report.step("429 counts")?.summary == "429s since start: user 0, global 0, shared 0")
        }
    }

    @Test func aGlobal429AndAStoppedShardAreProblems() async throws {
        try await RunbookFixture.with { fixture in
            let limiter = RateLimiter()
            let route = DiscordRoute(.post, "/channels/{channel.id}/messages", ["channel.id": "1234"])
            let ticket = try await limiter.acquire(route)
            await limiter.record(status: 429, headerFields: [("X-RateLimit-Global", "true"), ("Retry-After", "60")],
                                 body: Data(#"{"message": "You are being rate limited.", "retry_after": 60, "global": true}"#.utf8),
                                 for: ticket, at: .now)
            let board = GatewayStatusBoard(health: fixture.health)
            await board.register([GatewayShard(id: 0, count: 1)])
            await board.set(.stopped(reason: "4004: the token was rejected"), shard: 0)
            try await fixture.open("duel.round.close", overdue: 900)

            let report = try await RateLimitsRunbook(context: fixture.context(gateway: board, limiter: limiter)).run(filter: RunbookFilter(), apply: false)
            let gateway = try #require(report.step("Gateway"))
            #expect(gateway.status == .problem)
            #expect(gateway.summary == "0 of 1 shard(s) ready")
            let waits = try #require(report.step("Current waits"))
            #expect(waits.status == .problem)
            #expect(waits.details.first?.hasPrefix("global 429: every request waits") == true)
            #expect(report.step("429 counts")?.summary.hasPrefix("429s since start: user 0, global 1") == true)
            #expect(report.step("Queues draining")?.status == .problem)
        }
    }
}

import Foundation
import ServiceLifecycle
import Shared
import Testing
@testable import odysseyd

@Suite("GatewayServiceTests", .timeLimit(.minutes(2)))
struct GatewayServiceTests {
    @Test("the connect URL gets the version, encoding and compression, keeping a path")
    func connectURL() {
        #expect(GatewayConnectURL.make("wss://gateway.discord.gg", compress: true) == "wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream")
        #expect(GatewayConnectURL.make("wss://gateway.discord.gg/", compress: false) == "wss://gateway.discord.gg/?v=10&encoding=json")
        #expect(GatewayConnectURL.make("ws://127.0.0.1:8090/gateway", compress: true) == "ws://127.0.0.1:8090/gateway?v=10&encoding=json&compress=zlib-stream")
    }

    @Test("GET /gateway/bot decodes into GatewayBotInfo")
    func gatewayBot() async throws {
        let limit = GatewaySessionStartLimit(total: 1000, remaining: 998, resetAfter: .milliseconds(14_400_000), maxConcurrency: 1)
        try await GatewayHarness.with(GatewayHarness.configuration(limit: limit)) { harness in
            let rest = DiscordRESTClient(baseURL: harness.apiBaseURL, token: GatewayHarness.token, limiter: RateLimiter(), httpClient: nil, logger: .test)
            let info = try await rest.getGatewayBot()
            await rest.shutdown()
            #expect(info.url.hasPrefix("ws://127.0.0.1:"))
            #expect(info.url.hasSuffix("/gateway"))
            #expect(info.shards == 1)
            #expect(info.sessionStartLimit == limit)
        }
    }

    @Test("Identify waits for the queue when no session starts remain")
    func identifyWaitsForQueue() async throws {
        let limit = GatewaySessionStartLimit(total: 1000, remaining: 0, resetAfter: .seconds(3), maxConcurrency: 1)
        try await GatewayHarness.with(GatewayHarness.configuration(limit: limit)) { harness in
            let events = await harness.gateway.events()
            let started = ContinuousClock.now
            try await harness.runService { run in
                // Hello arrived, but Identify waits for the window to reset (3 s after GET /gateway/bot,
                // long enough that a busy test runner still sees the wait).
                _ = try await run.waitForShard { $0.state == .identifying }
                _ = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                let identifiedAt = try #require(await harness.gateway.identifies.first).receivedAt
                #expect(identifiedAt - started >= .seconds(3))
                #expect(await run.board.sessionStartLimit == limit)
            }
        }
    }

    @Test("graceful stop closes resumably and saves the session; the next service resumes it (PostgreSQL)")
    func persistedSessionResumes() async throws {
        try await TestDatabase.with { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            let store = PostgresGatewaySessionStore(database: pool)
            try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
                let events = await harness.gateway.events()
                var sessionID = ""
                try await harness.runService(store: store) { run in
                    let identified = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                    if case .identified(_, let id, _) = identified { sessionID = id }
                    _ = try await run.waitForShard { $0.state == .ready }
                    for index in 0..<3 {
                        await harness.gateway.dispatch("TYPING_START", .object(["channel_id": .string(String(index))]), guildID: nil)
                    }
                    _ = try await firstElement(of: run.dispatches.stream()) { $0.sequence == 4 }
                }
                _ = try await firstElement(of: events) { if case .closedByClient = $0 { true } else { false } }
                let stored = try #require(try await store.load(shard: GatewayShard(id: 0, count: 1)))
                #expect(stored.session.sessionID == sessionID)
                #expect(stored.session.sequence == 4)
                #expect(stored.session.resumeGatewayURL.hasSuffix(SandboxGateway.resumePath))

                // Missed while no daemon ran: replayed on resume.
                await harness.gateway.dispatch("TYPING_START", .object(["channel_id": .string("9")]), guildID: nil)
                try await harness.runService(store: store) { run in
                    let resumed = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                    #expect(resumed == .resumed(sessionID: sessionID, replayed: 1, path: SandboxGateway.resumePath))
                    _ = try await run.waitForShard { $0.state == .ready }
                }
                #expect(await harness.gateway.identifies.count == 1)
            }
        }
    }

    @Test("a stale saved session is not resumed; a fatal stop deletes the saved session")
    func staleAndFatal() async throws {
        let store = InMemoryGatewaySessionStore()
        let shard = GatewayShard(id: 0, count: 1)
        await store.save(GatewaySession(sessionID: "old", resumeGatewayURL: "ws://127.0.0.1:1/gateway/resume", sequence: 5, shard: shard),
                         shard: shard, at: Date(timeIntervalSinceNow: -3600))
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService(store: store) { run in
                _ = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                #expect(await harness.gateway.resumes.isEmpty)
                _ = try await run.waitForShard { $0.state == .ready }
                #expect(await store.load(shard: shard)?.session.sessionID != "old")
                await harness.gateway.close(code: 4004)
                _ = try await run.waitForShard { $0.state.isStopped }
                #expect(await store.load(shard: shard) == nil)
            }
        }
    }

    @Test("graceful shutdown of a service group closes resumably and saves the session")
    func serviceGroupShutdown() async throws {
        let store = InMemoryGatewaySessionStore()
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            let (run, rest) = harness.makeService(store: store)
            let group = ServiceGroup(configuration: .init(services: [.init(service: run.router), .init(service: run.service)], logger: .test))
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                _ = try await run.waitForShard { $0.state == .ready }
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            await rest.shutdown()
            _ = try await firstElement(of: events) { if case .closedByClient = $0 { true } else { false } }
            let stored = try #require(await store.load(shard: GatewayShard(id: 0, count: 1)))
            #expect(stored.session.sessionID == (await harness.gateway.sessionIDs.first))
            #expect(await run.board.status(shard: 0)?.state == .stopped(reason: "the daemon is shutting down"))
        }
    }

    @Test("health: discord ready only while every shard is ready")
    func health() async throws {
        let health = DaemonHealth()
        let board = GatewayStatusBoard(health: health)
        await board.register([GatewayShard(id: 0, count: 2), GatewayShard(id: 1, count: 2)])
        await board.set(.ready, shard: 0)
        #expect(await health.discordReady == false)
        await board.set(.ready, shard: 1)
        #expect(await health.discordReady == true)
        await board.set(.reconnecting(in: .seconds(1)), shard: 1)
        #expect(await health.discordReady == false)
    }
}

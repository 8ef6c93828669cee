import Testing
@testable import odysseyd

@Suite("Gateway status board")
struct GatewayStatusBoardTests {
    @Test func aFatalStopIsAProblemUntilTheShardIsReadyAgain() async throws {
        let health = DaemonHealth()
        let board = GatewayStatusBoard(health: health)
        await board.register([GatewayShard(id: 0, count: 2), GatewayShard(id: 1, count: 2)])
        await board.set(.ready, shard: 0)
        #expect(await health.discordReady == false, "one shard of two is not ready")

        let stopped = GatewayStopped(code: .disallowedIntents, intents: [.guildMembers])
        await board.set(.stopped(reason: stopped.description), shard: 1)
        let problems = await health.problems
        #expect(problems.contains { $0.hasPrefix("the Discord gateway stopped: shard 1:") && $0.contains("GUILD_MEMBERS") }, "\(problems)")

        await board.set(.ready, shard: 1)
        #expect(await health.discordReady == true)
        #expect(await health.problems.isEmpty)
    }
}

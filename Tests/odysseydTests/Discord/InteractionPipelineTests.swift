import Foundation
import Shared
import Testing
@testable import odysseyd

/// The daemon's Discord pieces together, in process, against the sandbox: the gateway service,
/// the event router and the responder, as `Daemon` composes them.
@Suite("Interaction pipeline against the sandbox")
struct InteractionPipelineTests {
    static let application = Snowflake(SandboxWorld.Demo.applicationID)
    static let guild = Snowflake(SandboxWorld.Demo.guildID)

    /// Runs a gateway service (and its event router) for `shards` until `body` returns.
    func withGateway(_ sandbox: DiscordSandbox, rest: DiscordRESTClient, shardCount: Int? = nil, shards: String? = nil,
                     onInteraction: @escaping @Sendable (Interaction) async -> Void = { _ in },
                     _ body: (GatewayStatusBoard, GuildCache) async throws -> Void) async throws {
        var settings = GatewayServiceConfiguration(token: SandboxDefaults.token, intents: [.guilds, .guildMembers])
        settings.shardCount = shardCount
        settings.shardIDs = shards
        let board = GatewayStatusBoard()
        let cache = GuildCache()
        let events = DiscordEventRouter(cache: cache, logger: .test, onInteraction: onInteraction)
        let gateway = GatewayService(configuration: settings, rest: rest, sessionStore: InMemoryGatewaySessionStore(),
                                     handler: events, statusBoard: board, logger: .test)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await gateway.run() }
            group.addTask { await events.run() }
            do {
                _ = try await firstElement(of: await board.updates()) { !$0.isEmpty && $0.allSatisfy { $0.state == .ready } }
                try await body(board, cache)
            } catch {
                await gateway.stop()
                group.cancelAll()
                throw error
            }
            await gateway.stop()
            group.cancelAll()
        }
    }

    @Test func aSlowHandlerIsDeferredOverTheGatewayThenEditsTheOriginal() async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            try await withRESTClient(baseURL: await sandbox.apiBaseURL()) { rest in
                _ = try await rest.bulkOverwriteGuildCommands(applicationID: Self.application, guild: Self.guild, commands: [
                    ApplicationCommandDefinition(name: "slow", description: "Takes its time"),
                ])
                let release = Latch()
                var router = InteractionRouter()
                router.command(["slow"], options: InteractionHandlerOptions(feature: "test", ephemeral: true)) { _ in
                    await release.wait()
                    return .message(MessagePayload(content: "Finally done."), ephemeral: true)
                }
                // The budget passes at once: the handler is still waiting, so the responder must defer.
                let responder = InteractionResponder(router: router, rest: rest, applicationID: Self.application,
                                                     sleep: { _ in }, now: { Date() }, logger: .test)
                try await withGateway(sandbox, rest: rest, onInteraction: { await responder.respond(to: $0) }) { _, _ in
                    let injection = Task { try await sandbox.injectInteraction(SandboxInteractionRequest(command: "/slow")) }
                    try await eventually { await sandbox.world.interactions.values.contains { $0.state == .deferred } }
                    await release.open()
                    let outcome = try await injection.value
                    #expect(outcome.deferred && outcome.callbackType == 5, "\(outcome)")
                    #expect(outcome.ephemeral)
                    #expect(outcome.response?.content == "Finally done.", "the handler's answer edits @original")
                    #expect(!outcome.timedOut)
                }
            }
            await sandbox.world.expectRequestsValidAgainstSpec()
        }
    }

    @Test func followUpsWhileTheTokenLivesAndARefusalAfter() async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            try await withRESTClient(baseURL: await sandbox.apiBaseURL()) { rest in
                _ = try await rest.bulkOverwriteGuildCommands(applicationID: Self.application, guild: Self.guild, commands: [
                    ApplicationCommandDefinition(name: "report", description: "Reports later"),
                ])
                let kept = Kept()
                var router = InteractionRouter()
                router.command(["report"], options: InteractionHandlerOptions(feature: "test")) { context in
                    await kept.keep(context)
                    return .message(MessagePayload(content: "Working on it."))
                }
                let responder = InteractionResponder(router: router, rest: rest, applicationID: Self.application, now: { Date() }, logger: .test)
                try await withGateway(sandbox, rest: rest, onInteraction: { await responder.respond(to: $0) }) { _, _ in
                    let outcome = try await sandbox.injectInteraction(SandboxInteractionRequest(command: "/report"))
                    #expect(outcome.response?.content == "Working on it.", "\(outcome)")
                    let context = try #require(await kept.context)
                    let sent = try await context.followUps.send(MessagePayload(content: "Report ready."), ephemeral: true)
                    _ = try await context.followUps.edit(sent.id, MessagePayload(content: "Report ready: 3 pages."))
                    let interaction = try #require(await sandbox.world.interaction(context.interaction.id.rawValue))
                    #expect(interaction.followUps.count == 1)
                    #expect(interaction.followUps.first?["content"] == .string("Report ready: 3 pages."))

                    let requestsBefore = await sandbox.world.requests.count
                    let late = InteractionFollowUps(interaction: context.interaction, fallbackApplicationID: Self.application, rest: rest,
                                                    now: { context.interaction.id.timestamp.addingTimeInterval(15 * 60 + 1) })
                    await #expect(throws: InteractionTokenExpired.self) { _ = try await late.send(MessagePayload(content: "Too late")) }
                    #expect(await sandbox.world.requests.count == requestsBefore, "nothing is sent with a dead token")
                }
            }
            await sandbox.world.expectRequestsValidAgainstSpec()
        }
    }

    @Test func twoDaemonsSplitTheShardsOfOneBot() async throws {
        var configuration = DiscordSandboxConfiguration(port: 0)
        configuration.shardCount = 2
        try await DiscordSandbox.with(configuration, logger: .test) { sandbox in
            try await withRESTClient(baseURL: await sandbox.apiBaseURL()) { rest in
                let owner = try ShardPlan.all(total: 2).shardID(forGuild: Self.guild.rawValue)
                try await withGateway(sandbox, rest: rest, shards: "0") { first, firstCache in
                    try await withGateway(sandbox, rest: rest, shards: "1") { second, secondCache in
                        #expect(await first.shards.map(\.shard) == [GatewayShard(id: 0, count: 2)], "the count comes from GET /gateway/bot")
                        #expect(await second.shards.map(\.shard) == [GatewayShard(id: 1, count: 2)])
                        let owning = owner == 0 ? firstCache : secondCache
                        let other = owner == 0 ? secondCache : firstCache
                        try await eventually { await owning.guild(Self.guild) != nil }
                        #expect(await other.guildCount == 0, "a guild's events reach only the shard that owns it")
                    }
                }
            }
            let gateway = try #require(sandbox.gateway as? SandboxGateway)
            let identified = await gateway.identifies.compactMap(\.shard).sorted { $0.id < $1.id }
            #expect(identified == [GatewayShard(id: 0, count: 2), GatewayShard(id: 1, count: 2)])
        }
    }
}

/// What a handler saw, for the test to use after the handler returned.
private actor Kept {
    private(set) var context: InteractionContext?

    func keep(_ context: InteractionContext) {
        self.context = context
    }
}

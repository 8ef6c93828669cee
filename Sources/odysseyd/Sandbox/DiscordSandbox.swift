import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import ServiceLifecycle
import Shared

/// A loopback Discord: one HTTP server that speaks Discord's REST wire format under `/api/v10`
/// (a subset, with Discord's rate limits and error bodies), hosts the gateway WebSocket under
/// `/gateway`, and lets people and tests inject interactions (`/sandbox/v1/…`).
///
/// Point the daemon at it with `DISCORD_API_BASE_URL=http://127.0.0.1:8090/api/v10` and
/// `DISCORD_TOKEN=sandbox-token`.
///
/// ```swift
/// try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: logger) { sandbox in
///     let client = DiscordRESTClient(baseURL: await sandbox.apiBaseURL(), token: "sandbox-token", …)
///     let outcome = try await sandbox.injectInteraction(SandboxInteractionRequest(command: "/ping"))
/// }
/// // or as a service: ServiceGroup(services: [DiscordSandbox(configuration: …, logger: …)], …)
/// ```
struct DiscordSandbox: Service {
    /// Makes the gateway for a world; nil runs without one (REST only).
    typealias GatewayFactory = @Sendable (SandboxWorld, DiscordSandboxConfiguration, Logger) -> (any SandboxGatewayHost)?

    let world: SandboxWorld
    let configuration: DiscordSandboxConfiguration
    let gateway: (any SandboxGatewayHost)?
    let logger: Logger
    private let boundPort = SandboxBoundPort()

    init(configuration: DiscordSandboxConfiguration = DiscordSandboxConfiguration(), world: SandboxWorld = .demo(),
         gateway makeGateway: GatewayFactory = DiscordSandbox.standardGateway, logger: Logger) {
        self.configuration = configuration
        self.world = world
        self.logger = logger
        gateway = makeGateway(world, configuration, logger)
    }

    /// Serves until cancelled or gracefully shut down.
    func run() async throws {
        let router = Router(context: BasicWebSocketRequestContext.self)
        registerREST(on: router)
        registerControl(on: router)
        registerOAuth(on: router)
        gateway?.register(on: router)
        let port = boundPort
        let application = Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: router),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "odyssey-discord-sandbox"),
            onServerRunning: { channel in await port.set(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        try await application.run()
    }

    /// The bound port, once the server runs.
    func port() async -> Int { await boundPort.value() }

    /// `http://127.0.0.1:PORT/api/v10`: what `DISCORD_API_BASE_URL` should be.
    func apiBaseURL() async -> String { "http://\(configuration.host):\(await port())/api/v10" }

    /// `ws://127.0.0.1:PORT/gateway`: the URL `GET /gateway/bot` hands out.
    func gatewayURL() async -> String { "ws://\(configuration.host):\(await port())/gateway" }

    /// `http://127.0.0.1:PORT`: where `/sandbox/v1/…` lives (odysseyctl's `--sandbox`).
    func controlURL() async -> String { "http://\(configuration.host):\(await port())" }

    /// Runs a sandbox for the duration of `body`, then stops it.
    static func with(_ configuration: DiscordSandboxConfiguration, world: SandboxWorld = .demo(),
                     gateway: GatewayFactory = DiscordSandbox.standardGateway, logger: Logger,
                     _ body: (DiscordSandbox) async throws -> Void) async throws {
        let sandbox = DiscordSandbox(configuration: configuration, world: world, gateway: gateway, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await sandbox.run() }
            _ = await sandbox.port()
            do {
                try await body(sandbox)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    /// Hands the events a request caused to the gateway, in order.
    func deliver(_ events: [SandboxEvent]) async {
        guard let gateway else { return }
        for event in events { await gateway.dispatch(event.name, event.data, guildID: event.guildID) }
    }

    /// The body of `GET /gateway/bot`: the gateway's own, or a documented stand-in without one.
    func gatewayBotBody() async -> JSONValue {
        let url = await gatewayURL()
        // The gateway appends its own path to the base.
        if let gateway { return await gateway.botInfo(baseWebSocketURL: "ws://\(configuration.host):\(await port())") }
        return .object([
            "url": .string(url), "shards": .int(configuration.shardCount),
            "session_start_limit": .object([
                "total": .int(1000), "remaining": .int(1000), "reset_after": .int(86_400_000), "max_concurrency": .int(1),
            ]),
        ])
    }
}

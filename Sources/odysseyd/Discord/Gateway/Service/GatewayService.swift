import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The Discord Gateway as a service: once the schema is current it asks GET /gateway/bot where to
/// connect and how many shards to run, then keeps each shard of this daemon's ``ShardPlan``
/// connected (``GatewayShardRunner``), identifying through one shared ``IdentifyGate`` and
/// resuming sessions saved by the previous run when they are fresh.
///
/// On graceful shutdown every connection stops reading, closes with a resumable code and saves
/// its session, so the next start resumes where this one stopped. A shard stopped by a fatal
/// close code stays stopped (the reason is on the ``GatewayStatusBoard``) while the daemon runs on.
///
/// ```swift
/// let gateway = GatewayService(configuration: configuration, botInfo: { try await rest.getGatewayBot() },
///                              sessionStore: PostgresGatewaySessionStore(database: pool), handler: router,
///                              statusBoard: GatewayStatusBoard(health: health),
///                              waitForSchema: { await gate.waitUntilRunning() }, logger: logger)
/// ```
final class GatewayService: Service, Sendable {
    let configuration: GatewayServiceConfiguration
    let statusBoard: GatewayStatusBoard
    private let botInfo: @Sendable () async throws -> GatewayBotInfo
    private let sessionStore: any GatewaySessionStore
    private let handler: any GatewayEventHandler
    private let waitForSchema: @Sendable () async -> Void
    private let now: @Sendable () -> Date
    private let logger: Logger
    private let stopping = Latch()
    private let outboxes = Mutex<[Int: GatewayShardOutbox]>([:])

    init(configuration: GatewayServiceConfiguration, botInfo: @escaping @Sendable () async throws -> GatewayBotInfo,
         sessionStore: any GatewaySessionStore, handler: any GatewayEventHandler, statusBoard: GatewayStatusBoard,
         waitForSchema: @escaping @Sendable () async -> Void = {}, now: @escaping @Sendable () -> Date = { Date() },
         logger: Logger) {
        self.configuration = configuration
        self.botInfo = botInfo
        self.sessionStore = sessionStore
        self.handler = handler
        self.statusBoard = statusBoard
        self.waitForSchema = waitForSchema
        self.now = now
        self.logger = logger
    }

    /// The same, asking `rest` for GET /gateway/bot.
    convenience init(configuration: GatewayServiceConfiguration, rest: DiscordRESTClient, sessionStore: any GatewaySessionStore,
                     handler: any GatewayEventHandler, statusBoard: GatewayStatusBoard,
                     waitForSchema: @escaping @Sendable () async -> Void = {}, logger: Logger) {
        self.init(configuration: configuration, botInfo: { try await rest.getGatewayBot() }, sessionStore: sessionStore,
                  handler: handler, statusBoard: statusBoard, waitForSchema: waitForSchema, logger: logger)
    }

    func run() async throws {
        let waitForSchema = self.waitForSchema
        await cancelWhenGracefulShutdown { await waitForSchema() }
        guard !Task.isShuttingDownGracefully, !Task.isCancelled else { return }
        try await withGracefulShutdownHandler {
            try await runShards()
        } onGracefulShutdown: {
            Task { await self.stopping.open() }
        }
    }

    /// Sends `command` (presence update, member request…) on `shard`'s connection, within the
    /// connection's ordinary send budget. False when the shard is not connected (or not run here).
    @discardableResult
    func send(_ command: GatewayCommand, shard: Int) -> Bool {
        guard let outbox = outboxes.withLock({ $0[shard] }) else { return false }
        return outbox.post(command)
    }

    /// Stops every shard as graceful shutdown does (for tests and embedding without a service group).
    func stop() async {
        await stopping.open()
    }

    private func runShards() async throws {
        guard let info = await fetchBotInfo() else { return }
        await statusBoard.setSessionStartLimit(info.sessionStartLimit)
        let total = configuration.shardCount ?? max(info.shards, 1)
        let plan = try configuration.shardIDs.map { try ShardPlan(total: total, spec: $0) } ?? ShardPlan.all(total: total)
        let url = configuration.gatewayURL ?? info.url
        let gate = IdentifyGate(limit: info.sessionStartLimit)
        await statusBoard.register(plan.shards)
        logger.info("gateway starting", metadata: [
            "shards": "\(plan.ids.map(String.init).joined(separator: ","))", "shard_count": "\(plan.total)",
            "session_starts_remaining": "\(info.sessionStartLimit.remaining)",
        ])
        await withDiscardingTaskGroup { group in
            for shard in plan.shards {
                let outbox = GatewayShardOutbox()
                outboxes.withLock { $0[shard.id] = outbox }
                let context = GatewayShardContext(
                    shard: shard,
                    identify: GatewayIdentify(token: configuration.token, intents: configuration.intents, shard: shard,
                                              largeThreshold: configuration.largeThreshold, presence: configuration.presence),
                    identifyGate: gate, statusBoard: statusBoard, handler: handler, sessionStore: sessionStore,
                    settings: configuration.connection, outbox: outbox, stopping: stopping, now: now, logger: logger
                )
                group.addTask {
                    let stored = await self.freshSession(shard: shard)
                    await GatewayShardRunner(context: context, gatewayURL: url).run(resuming: stored)
                }
            }
        }
        // Shards stopped for good (fatal close codes) leave the daemon running, unhealthy, until shutdown.
        if !(await stopping.isOpen) {
            let reasons = await statusBoard.stopReasons
            logger.error("every gateway shard of this daemon has stopped", metadata: ["reasons": "\(reasons)"])
            await cancelWhenGracefulShutdown { await self.stopping.wait() }
        }
    }

    /// GET /gateway/bot until it answers (Discord or the network may be down at start), or nil on shutdown.
    private func fetchBotInfo() async -> GatewayBotInfo? {
        var delay = configuration.botInfoRetryDelay
        while !(await stopping.isOpen), !Task.isCancelled {
            do {
                return try await botInfo()
            } catch {
                logger.error("GET /gateway/bot failed; retrying", metadata: ["error": "\(error)", "delay_ms": "\(delay.milliseconds)"])
            }
            let stopping = self.stopping
            let wait = delay
            let stopped = await withTaskGroup(of: Bool.self) { group in
                group.addTask { try? await Task.sleep(for: wait); return false }
                group.addTask { await stopping.wait(); return true }
                let first = await group.next() ?? true
                group.cancelAll()
                return first
            }
            if stopped { return nil }
            delay = min(delay * 2, .seconds(60))
        }
        return nil
    }

    /// The stored session of `shard` if it is fresh enough to resume; a stale one is deleted.
    private func freshSession(shard: GatewayShard) async -> GatewaySession? {
        do {
            guard let stored = try await sessionStore.load(shard: shard) else { return nil }
            guard stored.isFresh(now: now(), maxAge: configuration.maxResumeAge) else {
                logger.info("the saved gateway session is too old to resume; identifying", metadata: [
                    "shard": "\(shard.id)", "updated_at": "\(stored.updatedAt)",
                ])
                try await sessionStore.delete(shard: shard)
                return nil
            }
            return stored.session
        } catch {
            logger.warning("cannot read the saved gateway session; identifying", metadata: ["shard": "\(shard.id)", "error": "\(error)"])
            return nil
        }
    }
}

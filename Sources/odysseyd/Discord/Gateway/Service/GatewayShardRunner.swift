import Foundation
import Logging

/// Keeps one shard connected: runs a ``GatewayConnection``, asks ``ReconnectPolicy`` what to do
/// when it ends, and goes again (resume, identify, or stop for good on a fatal close code), until
/// the daemon shuts down. It saves the session on shutdown and forgets it when it is dead.
///
/// ```swift
/// await GatewayShardRunner(context: context, gatewayURL: botInfo.url).run(resuming: stored?.session)
/// ```
struct GatewayShardRunner: Sendable {
    let context: GatewayShardContext
    /// Where new sessions start (GET /gateway/bot's `url`); resumes use the session's own URL.
    let gatewayURL: String

    func run(resuming stored: GatewaySession?) async {
        let shard = context.shard
        let board = context.statusBoard
        var logger = context.logger
        logger[metadataKey: "shard"] = "\(shard.id)"
        var session = stored
        var attempt = 0
        while !(await context.stopping.isOpen), !Task.isCancelled {
            let resume = session?.sequence != nil ? session : nil
            let result = await GatewayConnection(context: context).run(url: resume?.resumeGatewayURL ?? gatewayURL, resume: resume)
            if let latest = result.session { session = latest }
            guard let disconnect = result.disconnect else {
                await persist(session, logger: logger)
                await board.set(.stopped(reason: "the daemon is shutting down"), shard: shard.id)
                return
            }
            attempt = result.reachedReady ? 1 : attempt + 1
            await board.recordDisconnect(disconnect, closeCode: result.closeCode, shard: shard.id)
            let plan = context.settings.reconnectPolicy.plan(after: disconnect, session: session, attempt: attempt,
                                                            intents: context.identify.intents, jitter: context.settings.jitter())
            switch plan.action {
            case .resume(let resumable):
                session = resumable
            case .identify:
                if session != nil { await forget(logger: logger) }
                session = nil
            case .stop(let stopped):
                logger.error("the gateway stopped for good", metadata: ["reason": "\(stopped.description)"])
                await forget(logger: logger)
                await board.set(.stopped(reason: stopped.description), shard: shard.id)
                return
            }
            logger.info("gateway disconnected; reconnecting", metadata: [
                "reason": "\(GatewayStatusBoard.describe(disconnect))", "attempt": "\(attempt)",
                "delay_ms": "\(plan.delay.milliseconds)", "resume": "\(session != nil)",
            ])
            await board.set(.reconnecting(in: plan.delay), shard: shard.id)
            if await waitOrStop(plan.delay) {
                await persist(session, logger: logger)
                await board.set(.stopped(reason: "the daemon is shutting down"), shard: shard.id)
                return
            }
        }
        await persist(session, logger: logger)
    }

    /// Sleeps `delay`; true when shutdown came first.
    private func waitOrStop(_ delay: Duration) async -> Bool {
        guard delay > .zero else { return await context.stopping.isOpen }
        let stopping = context.stopping
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                try? await Task.sleep(for: delay)
                return false
            }
            group.addTask {
                await stopping.wait()
                return !Task.isCancelled
            }
            let first = await group.next() ?? true
            group.cancelAll()
            return first
        }
    }

    private func persist(_ session: GatewaySession?, logger: Logger) async {
        guard let session, session.sequence != nil else { return }
        do {
            try await context.sessionStore.save(session, shard: context.shard, at: context.now())
        } catch {
            logger.warning("cannot save the gateway session; the next start identifies", metadata: ["error": "\(error)"])
        }
    }

    private func forget(logger: Logger) async {
        do {
            try await context.sessionStore.delete(shard: context.shard)
        } catch {
            logger.warning("cannot delete the dead gateway session", metadata: ["error": "\(error)"])
        }
    }
}

import Foundation
import Logging
import NIOWebSocket
import Synchronization
import WSClient

/// One WebSocket connection of one shard, from connect to close, over WSClient.
///
/// The connection runs in a detached task on purpose: WSClient closes with 1000 on graceful
/// shutdown if it sees swift-service-lifecycle's shutdown signal, and 1000 ends the Discord
/// session. Shutdown reaches the connection through ``GatewayShardContext/stopping`` instead,
/// and it closes with ``GatewayCloseCode/resumable`` so the next start resumes.
///
/// ```swift
/// let result = await GatewayConnection(context: context).run(url: gatewayURL, resume: storedSession)
/// let plan = policy.plan(after: result.disconnect!, session: result.session, attempt: 1, jitter: .random(in: 0..<1))
/// ```
struct GatewayConnection: Sendable {
    let context: GatewayShardContext

    init(context: GatewayShardContext) {
        self.context = context
    }

    /// Connects to `url` (the query is added here) and identifies, or resumes `resume` when it
    /// has a sequence number. Returns when the connection is over.
    func run(url: String, resume: GatewaySession?) async -> GatewayConnectionResult {
        let settings = context.settings
        let address = GatewayConnectURL.make(url, compress: settings.compress)
        let configuration = WebSocketClientConfiguration(maxFrameSize: settings.maxFrameSize, closeTimeout: settings.closeTimeout)
        let outcome = Mutex<GatewayConnectionResult?>(nil)
        let context = self.context
        await context.statusBoard.set(.connecting, shard: context.shard.id)
        context.logger.debug("connecting to the gateway", metadata: ["shard": "\(context.shard.id)", "url": "\(address)"])
        let connection = Task.detached { () -> Result<WebSocketCloseFrame?, any Error> in
            do {
                let frame = try await WebSocketClient.connect(url: address, configuration: configuration, logger: context.logger) { inbound, outbound, _ in
                    let result = await Self.drive(context: context, resume: resume, inbound: inbound, outbound: outbound)
                    outcome.withLock { $0 = result }
                }
                return .success(frame)
            } catch {
                return .failure(error)
            }
        }
        let ended = await withTaskCancellationHandler {
            await connection.value
        } onCancel: {
            connection.cancel()
        }
        let recorded = outcome.withLock { $0 }
        var result = recorded ?? GatewayConnectionResult(disconnect: nil, session: resume)
        // Discord ended it (or it never opened): the closing handshake says how.
        if recorded == nil || recorded?.closedByServer == true {
            switch ended {
            case .success(let frame?):
                let code = GatewayCloseCode(rawValue: UInt16(webSocketErrorCode: frame.closeCode))
                result.disconnect = .closed(code)
                result.closeCode = code
            case .success(nil):
                result.disconnect = .networkError("the connection closed without a close frame")
            case .failure(let error):
                result.disconnect = .networkError("\(error)")
            }
        }
        return result
    }

    private static func drive(context: GatewayShardContext, resume: GatewaySession?,
                              inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async -> GatewayConnectionResult {
        let (events, input) = AsyncStream<GatewayConnectionEvent>.makeStream()
        let (saves, saveInput) = AsyncStream<GatewaySession>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let driver = GatewayConnectionDriver(context: context, resume: resume, outbound: outbound, events: input, saves: saveInput)
        return await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await GatewayFrameReader(compressed: context.settings.compress).read(inbound, into: input)
            }
            group.addTask {
                await context.stopping.wait()
                if !Task.isCancelled { input.yield(.shutdown) }
            }
            group.addTask {
                for await session in saves {
                    do {
                        try await context.sessionStore.save(session, shard: context.shard, at: context.now())
                    } catch {
                        context.logger.warning("cannot save the gateway session", metadata: ["shard": "\(context.shard.id)", "error": "\(error)"])
                    }
                }
            }
            context.outbox.attach(input)
            let result = await driver.run(events)
            context.outbox.detach()
            saveInput.finish()
            input.finish()
            group.cancelAll()
            return result
        }
    }
}

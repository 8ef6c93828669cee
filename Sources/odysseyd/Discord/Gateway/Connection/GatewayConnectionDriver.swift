import Foundation
import Logging
import NIOWebSocket
import WSClient

/// The state machine of one open connection: Hello → heartbeats → Identify or Resume →
/// READY/RESUMED → dispatches, until a Reconnect, an Invalid Session, a zombie, a broken stream,
/// the server's close or shutdown ends it. Confined to the connection's handler task; every input
/// arrives as a ``GatewayConnectionEvent``.
final class GatewayConnectionDriver {
    private let shard: GatewayShardContext
    private let logger: Logger
    private let outbound: WebSocketOutboundWriter
    private let events: AsyncStream<GatewayConnectionEvent>.Continuation
    private let saves: AsyncStream<GatewaySession>.Continuation

    private var heartbeat: HeartbeatScheduler?
    private var limiter: GatewaySendLimiter?
    private var session: GatewaySession?
    private let resuming: Bool
    private var sequence: Int?
    private var reachedReady = false
    private var lastSave: (at: ContinuousClock.Instant, sequence: Int?)?
    private var timer: Task<Void, Never>?
    private var identifyWait: Task<Void, Never>?

    init(context: GatewayShardContext, resume: GatewaySession?, outbound: WebSocketOutboundWriter,
         events: AsyncStream<GatewayConnectionEvent>.Continuation, saves: AsyncStream<GatewaySession>.Continuation) {
        var logger = context.logger
        logger[metadataKey: "shard"] = "\(context.shard.id)"
        self.shard = context
        self.logger = logger
        self.outbound = outbound
        self.events = events
        self.saves = saves
        self.session = resume
        self.sequence = resume?.sequence
        self.resuming = resume?.sequence != nil
    }

    deinit {
        timer?.cancel()
        identifyWait?.cancel()
    }

    /// Runs until the connection must end; returns how, having sent the close frame that goes with it.
    func run(_ stream: AsyncStream<GatewayConnectionEvent>) async -> GatewayConnectionResult {
        defer {
            timer?.cancel()
            identifyWait?.cancel()
        }
        for await event in stream {
            if let result = await handle(event) { return result }
        }
        return result(nil, closeCode: nil)
    }

    private func handle(_ event: GatewayConnectionEvent) async -> GatewayConnectionResult? {
        switch event {
        case .message(let data):
            let payload: GatewayPayload
            do {
                payload = try GatewayPayload(json: data)
            } catch {
                logger.warning("unreadable gateway payload; reconnecting", metadata: ["error": "\(error)"])
                return await end(.networkError("unreadable payload: \(error)"), closeWith: .resumable)
            }
            return await receive(payload)
        case .unreadable(let reason):
            logger.warning("gateway stream unreadable; closing to resume", metadata: ["error": "\(reason)"])
            return await end(.networkError(reason), closeWith: .resumable)
        case .inboundEnded:
            // The close code (if any) comes from the closing handshake; the caller fills it in.
            return result(.networkError("the connection closed"), closeCode: nil, fromServer: true)
        case .heartbeatTimer:
            return await beatIfDue()
        case .identifyGranted:
            do {
                try await send(.identify(shard.identify))
                await shard.identifyGate.sent(shard: shard.shard.id)
                logger.info("identify sent", metadata: ["identify": "\(shard.identify)"])
            } catch {
                return result(.networkError("identify could not be sent: \(error)"), closeCode: nil)
            }
            return nil
        case .send(let command):
            return await sendOrdinary(command)
        case .shutdown:
            logger.info("closing the gateway connection for shutdown; the session stays resumable")
            try? await outbound.close(Self.webSocketCode(.resumable), reason: nil)
            return result(nil, closeCode: .resumable)
        }
    }

    private func receive(_ payload: GatewayPayload) async -> GatewayConnectionResult? {
        if let value = payload.sequence {
            sequence = value
            session?.observe(sequence: value)
        }
        switch payload.opcode {
        case .dispatch:
            await dispatch(payload)
        case .hello:
            return await hello(payload)
        case .heartbeatACK:
            if let latency = heartbeat?.acknowledged(at: .now) {
                await shard.statusBoard.recordLatency(latency, shard: shard.shard.id)
            }
        case .heartbeat:
            guard var scheduler = heartbeat else { return nil }
            let tick = scheduler.heartbeatRequested(now: .now)
            heartbeat = scheduler
            if tick == .zombie { return await end(.zombie) }
            do { try await send(.heartbeat(sequence: sequence)) } catch {
                return result(.networkError("heartbeat could not be sent: \(error)"), closeCode: nil)
            }
            armTimer()
        case .reconnect:
            logger.info("Discord asked for a reconnect (op 7)")
            return await end(.reconnectRequested)
        case .invalidSession:
            let resumable = payload.invalidSessionIsResumable
            logger.notice("invalid session (op 9)", metadata: ["resumable": "\(resumable)"])
            return await end(.invalidSession(resumable: resumable))
        default:
            logger.debug("ignoring gateway payload", metadata: ["op": "\(payload.opcode)"])
        }
        return nil
    }

    private func hello(_ payload: GatewayPayload) async -> GatewayConnectionResult? {
        let hello: GatewayHello
        do {
            hello = try payload.decodeData(GatewayHello.self)
        } catch {
            return await end(.networkError("unreadable Hello: \(error)"), closeWith: .resumable)
        }
        heartbeat = HeartbeatScheduler(interval: hello.heartbeatInterval, start: .now, jitter: shard.settings.jitter())
        limiter = GatewaySendLimiter(heartbeatInterval: hello.heartbeatInterval)
        armTimer()
        if resuming, let session, let resume = session.resumeCommand(token: shard.identify.token) {
            await shard.statusBoard.set(.resuming, shard: shard.shard.id)
            do { try await send(resume) } catch {
                return result(.networkError("resume could not be sent: \(error)"), closeCode: nil)
            }
            logger.info("resume sent", metadata: ["session": "\(session.sessionID)", "seq": "\(session.sequence ?? 0)"])
        } else {
            await shard.statusBoard.set(.identifying, shard: shard.shard.id)
            let gate = shard.identifyGate
            let id = shard.shard.id
            let events = self.events
            // Heartbeats go on while the shard waits for its turn.
            identifyWait = Task {
                do {
                    try await gate.waitForTurn(shard: id)
                    events.yield(.identifyGranted)
                } catch {}
            }
        }
        return nil
    }

    private func dispatch(_ payload: GatewayPayload) async {
        let name = payload.eventName ?? ""
        switch name {
        case "READY":
            do {
                let ready = try payload.decodeData(GatewayReady.self)
                var fresh = GatewaySession(ready: ready, sequence: payload.sequence)
                fresh.shard = shard.shard
                session = fresh
                reachedReady = true
                await shard.statusBoard.set(.ready, shard: shard.shard.id, sessionID: ready.sessionID)
                logger.info("gateway ready", metadata: ["session": "\(ready.sessionID)", "guilds": "\(ready.guilds.count)"])
                requestSave(force: true)
            } catch {
                logger.error("unreadable READY", metadata: ["error": "\(error)"])
            }
        case "RESUMED":
            reachedReady = true
            await shard.statusBoard.set(.ready, shard: shard.shard.id, sessionID: session?.sessionID)
            logger.info("gateway resumed", metadata: ["session": "\(session?.sessionID ?? "")", "seq": "\(sequence ?? 0)"])
            requestSave(force: true)
        default:
            requestSave(force: false)
        }
        shard.statusBoard.metrics.dispatched(name)
        await shard.handler.handle(GatewayDispatch(event: name, data: payload.data ?? Data("null".utf8),
                                                   sequence: payload.sequence, shard: shard.shard.id))
    }

    private func beatIfDue() async -> GatewayConnectionResult? {
        guard var scheduler = heartbeat else { return nil }
        let tick = scheduler.tick(now: .now)
        heartbeat = scheduler
        switch tick {
        case .send:
            do { try await send(.heartbeat(sequence: sequence)) } catch {
                return result(.networkError("heartbeat could not be sent: \(error)"), closeCode: nil)
            }
        case .wait:
            break
        case .zombie:
            logger.warning("no heartbeat ACK since the last beat: zombie connection, closing to resume")
            return await end(.zombie)
        }
        armTimer()
        return nil
    }

    /// Sends a command from the daemon when the budget allows; otherwise queues it again for
    /// when it will, so heartbeats never wait behind it. Commands before Hello are dropped.
    private func sendOrdinary(_ command: GatewayCommand) async -> GatewayConnectionResult? {
        guard var budget = limiter else {
            logger.notice("dropping a gateway command sent before the connection was ready", metadata: ["command": "\(command)"])
            return nil
        }
        switch budget.acquire(command.sendKind, now: .now) {
        case .send:
            limiter = budget
            do {
                try await outbound.write(.text(String(decoding: try command.encoded(), as: UTF8.self)))
            } catch let error as GatewayEncodingError {
                logger.error("cannot send a gateway command", metadata: ["error": "\(error)"])
            } catch {
                return result(.networkError("a command could not be sent: \(error)"), closeCode: nil)
            }
        case .wait(let until):
            let events = self.events
            // Unstructured: it only re-posts the command; the connection's end cancels nothing it owns.
            Task {
                try? await Task.sleep(until: until, clock: .continuous)
                events.yield(.send(command))
            }
        }
        return nil
    }

    /// Wakes the loop when the next beat is due.
    private func armTimer() {
        timer?.cancel()
        guard let due = heartbeat?.nextBeatAt else { return }
        let events = self.events
        // Unstructured so it can be replaced when the schedule moves; cancelled with the connection.
        timer = Task {
            do {
                try await Task.sleep(until: due, clock: .continuous)
                events.yield(.heartbeatTimer)
            } catch {}
        }
    }

    private func send(_ command: GatewayCommand) async throws {
        let bytes = try command.encoded()
        if var budget = limiter {
            while case .wait(let until) = budget.acquire(command.sendKind, now: .now) {
                try await Task.sleep(until: until, clock: .continuous)
            }
            limiter = budget
        }
        try await outbound.write(.text(String(decoding: bytes, as: UTF8.self)))
    }

    /// Saves on READY/RESUMED and then at most every ``GatewayConnectionSettings/sessionSaveInterval``
    /// while the sequence advances; the saver task writes, so the read loop never waits on the database.
    private func requestSave(force: Bool) {
        guard let session, session.sequence != nil else { return }
        let now = ContinuousClock.now
        if !force, let lastSave {
            guard lastSave.sequence != session.sequence, now - lastSave.at >= shard.settings.sessionSaveInterval else { return }
        }
        lastSave = (now, session.sequence)
        saves.yield(session)
    }

    /// Ends the connection for `disconnect`, closing it as the reconnect policy says.
    private func end(_ disconnect: GatewayDisconnect, closeWith explicit: GatewayCloseCode? = nil) async -> GatewayConnectionResult {
        let code = explicit ?? shard.settings.reconnectPolicy.plan(after: disconnect, session: session, attempt: 1, jitter: 0).closeWith
        if let code { try? await outbound.close(Self.webSocketCode(code), reason: nil) }
        return result(disconnect, closeCode: code)
    }

    private func result(_ disconnect: GatewayDisconnect?, closeCode: GatewayCloseCode?, fromServer: Bool = false) -> GatewayConnectionResult {
        var current = session
        current?.observe(sequence: sequence)
        var result = GatewayConnectionResult(disconnect: disconnect, session: current, reachedReady: reachedReady, closeCode: closeCode)
        result.closedByServer = fromServer
        return result
    }

    static func webSocketCode(_ code: GatewayCloseCode) -> WebSocketErrorCode {
        WebSocketErrorCode(codeNumber: Int(code.rawValue))
    }
}

import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOWebSocket
import Shared

/// Discord's Gateway, played on loopback for tests and the sandbox: Hello, Identify (token,
/// intents and shard checked; `session_start_limit.remaining` spent), READY then one GUILD_CREATE
/// per guild of the shard, Resume with replay of missed dispatches then RESUMED (an unknown
/// session gets Invalid Session `false`), heartbeat ACKs, and `compress=zlib-stream` when asked.
/// Test controls send Reconnect, Invalid Session, close codes, drops, or withhold ACKs.
///
/// ```swift
/// let gateway = SandboxGateway(configuration: configuration, logger: logger)
/// gateway.register(on: webSocketRouter)            // GET /gateway, GET /gateway/resume
/// let events = await gateway.events()
/// await gateway.dispatch("MESSAGE_CREATE", message, guildID: 1234)
/// await gateway.requestReconnect()
/// ```
actor SandboxGateway: SandboxGatewayHost {
    static let path = "/gateway"
    static let resumePath = "/gateway/resume"

    let configuration: SandboxGatewayConfiguration
    private let logger: Logger
    private var connections: [Int: SandboxGatewayConnection] = [:]
    private var sessions: [String: SandboxGatewaySession] = [:]
    private var nextConnectionID = 0
    private var acknowledgesHeartbeats = true
    private var fragmentSize: Int?
    private var remainingSessionStarts: Int
    private var subscribers: [Int: AsyncStream<SandboxGatewayEvent>.Continuation] = [:]
    private var nextSubscriber = 0

    private(set) var identifies: [SandboxGatewayRecords.Identify] = []
    private(set) var resumes: [SandboxGatewayRecords.Resume] = []
    private(set) var heartbeats: [SandboxGatewayRecords.Heartbeat] = []

    init(configuration: SandboxGatewayConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        remainingSessionStarts = configuration.sessionStartLimit.remaining
    }

    // MARK: Mounting

    nonisolated func register(on router: Router<BasicWebSocketRequestContext>) {
        for path in [Self.path, Self.resumePath] {
            router.ws(RouterPath(path)) { inbound, outbound, context in
                await self.serve(path: path, request: context.request, inbound: inbound, outbound: outbound)
            }
        }
    }

    func botInfo(baseWebSocketURL: String) -> JSONValue {
        let limit = configuration.sessionStartLimit
        return .object([
            "url": .string(baseWebSocketURL + Self.path),
            "shards": .number(Double(configuration.shardCount)),
            "session_start_limit": .object([
                "total": .number(Double(limit.total)),
                "remaining": .number(Double(remainingSessionStarts)),
                "reset_after": .number(Double(limit.resetAfter.milliseconds)),
                "max_concurrency": .number(Double(limit.maxConcurrency)),
            ]),
        ])
    }

    /// Sends a dispatch to the sessions of the shard that owns `guildID` (every session when nil),
    /// keeping it for replay; sessions without a connection get it on Resume.
    func dispatch(_ event: String, _ data: JSONValue, guildID: UInt64?) async {
        for id in sessions.keys.sorted() {
            guard var session = sessions[id] else { continue }
            if let guildID, Int((guildID >> 22) % UInt64(max(session.shard.count, 1))) != session.shard.id { continue }
            session.sequence += 1
            let payload = Self.encode(["op": .number(0), "t": .string(event), "s": .number(Double(session.sequence)), "d": data])
            session.record(payload, sequence: session.sequence)
            sessions[id] = session
            if let connectionID = session.connectionID { send(payload, to: connectionID) }
        }
    }

    // MARK: Test controls

    /// Every event from now on.
    func events() -> AsyncStream<SandboxGatewayEvent> {
        let (stream, continuation) = AsyncStream<SandboxGatewayEvent>.makeStream()
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    /// Reconnect (op 7) to every connection.
    func requestReconnect() {
        broadcast(["op": .number(7), "d": .null])
    }

    /// Heartbeat request (op 1) to every connection.
    func requestHeartbeat() {
        broadcast(["op": .number(1), "d": .null])
    }

    /// Invalid Session (op 9) to every connection; not resumable forgets the sessions.
    func invalidateSessions(resumable: Bool) {
        broadcast(["op": .number(9), "d": .bool(resumable)])
        if !resumable { sessions.removeAll() }
    }

    /// Closes every connection with `code`, as Discord would.
    func close(code: UInt16) {
        for connection in connections.values { connection.outbound.yield(.close(code)) }
        publish(.closedByServer(code: code))
    }

    /// Ends every connection without a close code (see ``SandboxGatewayEvent/dropped``).
    func dropConnections() {
        for connection in connections.values { connection.outbound.yield(.drop) }
        publish(.dropped)
    }

    /// While false, heartbeats are recorded but not acknowledged: the client sees a zombie connection.
    func setAcknowledgesHeartbeats(_ acknowledges: Bool) {
        acknowledgesHeartbeats = acknowledges
    }

    /// Splits compressed messages into frames of at most `bytes` (nil: one frame per message).
    func setFragmentSize(_ bytes: Int?) {
        fragmentSize = bytes
    }

    /// Sends bytes that are not a valid continuation of the zlib stream to every compressed connection.
    func sendCorruptCompressedData() {
        for connection in connections.values where connection.compressed {
            // 0x07 starts a deflate block of the reserved type 3: no inflater can read past it.
            connection.outbound.yield(.raw([0x07, 0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x00, 0xFF, 0xFF]))
        }
    }

    var openConnections: Int { connections.count }

    var sessionStartsRemaining: Int { remainingSessionStarts }

    var sessionIDs: [String] { sessions.keys.sorted() }

    // MARK: Connections

    private nonisolated func serve(path: String, request: Request, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let query = request.uri.queryParameters
        let compressed = query["compress"].map(String.init) == "zlib-stream"
        let version = query["v"].map(String.init)
        let authority = request.head.authority ?? "127.0.0.1"
        let (items, output) = AsyncStream<SandboxGatewayOutbound>.makeStream()
        let id = await open(path: path, compressed: compressed, version: version, outbound: output)
        let logger = self.logger
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await Self.write(items, to: outbound, compressed: compressed, logger: logger)
            }
            do {
                for try await message in inbound.messages(maxSize: 1 << 20) {
                    guard case .text(let text) = message else { continue }
                    await self.received(Data(text.utf8), connection: id, authority: authority)
                }
            } catch {
                logger.debug("sandbox gateway connection failed", metadata: ["error": "\(error)"])
            }
            output.finish()
            group.cancelAll()
        }
        await closed(id)
    }

    private static func write(_ items: AsyncStream<SandboxGatewayOutbound>, to outbound: WebSocketOutboundWriter,
                              compressed: Bool, logger: Logger) async {
        do {
            let deflater = compressed ? try ZlibStreamDeflater() : nil
            for await item in items {
                switch item {
                case .payload(let data, let fragmentSize):
                    if let deflater {
                        var frame = try deflater.compress(data)
                        if let fragmentSize, fragmentSize > 0, frame.readableBytes > fragmentSize {
                            try await outbound.withBinaryMessageWriter { writer in
                                while frame.readableBytes > 0, let slice = frame.readSlice(length: min(fragmentSize, frame.readableBytes)) {
                                    try await writer(slice)
                                }
                            }
                        } else {
                            try await outbound.write(.binary(frame))
                        }
                    } else {
                        try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
                    }
                case .raw(let bytes):
                    try await outbound.write(.binary(ByteBuffer(bytes: bytes)))
                case .close(let code):
                    try await outbound.close(WebSocketErrorCode(codeNumber: Int(code)), reason: nil)
                    return
                case .drop:
                    try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: .connectionClose, data: ByteBuffer())))
                    return
                }
            }
        } catch {
            logger.debug("sandbox gateway write failed", metadata: ["error": "\(error)"])
        }
    }

    private func open(path: String, compressed: Bool, version: String?, outbound: AsyncStream<SandboxGatewayOutbound>.Continuation) -> Int {
        let id = nextConnectionID
        nextConnectionID += 1
        connections[id] = SandboxGatewayConnection(id: id, path: path, compressed: compressed, outbound: outbound)
        publish(.connected(path: path, compressed: compressed))
        guard version == "10" else {
            closeConnection(id, code: GatewayCloseCode.invalidAPIVersion.rawValue)
            return id
        }
        send(Self.encode(["op": .number(10), "d": .object(["heartbeat_interval": .number(Double(configuration.heartbeatInterval.milliseconds))])]), to: id)
        return id
    }

    private func closed(_ id: Int) {
        guard let connection = connections.removeValue(forKey: id) else { return }
        if let sessionID = connection.sessionID, sessions[sessionID]?.connectionID == id {
            sessions[sessionID]?.connectionID = nil
        }
        publish(.closedByClient(path: connection.path))
    }

    private func received(_ json: Data, connection id: Int, authority: String) async {
        guard let connection = connections[id] else { return }
        let payload: GatewayPayload
        do {
            payload = try GatewayPayload(json: json)
        } catch {
            return closeConnection(id, code: GatewayCloseCode.decodeError.rawValue)
        }
        switch payload.opcode {
        case .heartbeat:
            let sequence = payload.data.flatMap { try? JSONDecoder().decode(Int.self, from: $0) }
            heartbeats.append(.init(path: connection.path, sequence: sequence))
            publish(.heartbeat(sequence: sequence))
            if acknowledgesHeartbeats { send(Self.encode(["op": .number(11)]), to: id) }
        case .identify:
            await identify(payload, connection: connection, authority: authority)
        case .resume:
            resume(payload, connection: connection)
        case .presenceUpdate, .voiceStateUpdate, .requestGuildMembers:
            publish(.command(opcode: payload.opcode.rawValue))
        default:
            closeConnection(id, code: GatewayCloseCode.unknownOpcode.rawValue)
        }
    }

    private struct IdentifyBody: Decodable {
        var token: String
        var intents: Int?
        var shard: GatewayShard?
    }

    private struct ResumeBody: Decodable {
        var token: String
        var sessionID: String
        var seq: Int
        enum CodingKeys: String, CodingKey { case token, seq; case sessionID = "session_id" }
    }

    private func identify(_ payload: GatewayPayload, connection: SandboxGatewayConnection, authority: String) async {
        guard let body = try? payload.decodeData(IdentifyBody.self) else {
            return closeConnection(connection.id, code: GatewayCloseCode.decodeError.rawValue)
        }
        let tokenAccepted = ConstantTime.isEqual(body.token, configuration.token)
        identifies.append(.init(path: connection.path, shard: body.shard, intents: body.intents, tokenAccepted: tokenAccepted))
        guard connection.sessionID == nil else {
            return closeConnection(connection.id, code: GatewayCloseCode.alreadyAuthenticated.rawValue)
        }
        guard tokenAccepted else { return closeConnection(connection.id, code: GatewayCloseCode.authenticationFailed.rawValue) }
        guard let intents = body.intents, intents >= 0, intents < (1 << 26) else {
            return closeConnection(connection.id, code: GatewayCloseCode.invalidIntents.rawValue)
        }
        let shard = body.shard ?? GatewayShard(id: 0, count: 1)
        guard shard.count >= 1, shard.id >= 0, shard.id < shard.count else {
            return closeConnection(connection.id, code: GatewayCloseCode.invalidShard.rawValue)
        }
        remainingSessionStarts = max(remainingSessionStarts - 1, 0)
        let sessionID = Self.newSessionID()
        var session = SandboxGatewaySession(id: sessionID, shard: shard)
        session.connectionID = connection.id
        sessions[sessionID] = session
        connections[connection.id]?.sessionID = sessionID
        let guilds = await configuration.guilds().filter { guild in
            guard case .string(let text)? = guild["id"], let id = UInt64(text) else { return true }
            return Int((id >> 22) % UInt64(shard.count)) == shard.id
        }
        let ready: JSONValue = .object([
            "v": .number(10),
            "user": .object(["id": .string(String(configuration.botUserID)), "username": .string(configuration.botUsername),
                             "discriminator": .string("0"), "bot": .bool(true)]),
            "guilds": .array(guilds.map { .object(["id": $0["id"] ?? .null, "unavailable": .bool(true)]) }),
            "session_id": .string(sessionID),
            "resume_gateway_url": .string("ws://\(authority)\(Self.resumePath)"),
            "shard": .array([.number(Double(shard.id)), .number(Double(shard.count))]),
            "application": .object(["id": .string(String(configuration.applicationID)), "flags": .number(0)]),
        ])
        publish(.identified(shard: shard, sessionID: sessionID, path: connection.path))
        await dispatch("READY", ready, sessionID: sessionID)
        for guild in guilds { await dispatch("GUILD_CREATE", guild, sessionID: sessionID) }
    }

    private func resume(_ payload: GatewayPayload, connection: SandboxGatewayConnection) {
        guard let body = try? payload.decodeData(ResumeBody.self) else {
            return closeConnection(connection.id, code: GatewayCloseCode.decodeError.rawValue)
        }
        guard ConstantTime.isEqual(body.token, configuration.token) else {
            resumes.append(.init(path: connection.path, sessionID: body.sessionID, sequence: body.seq, accepted: false))
            return closeConnection(connection.id, code: GatewayCloseCode.authenticationFailed.rawValue)
        }
        guard var session = sessions[body.sessionID], body.seq <= session.sequence else {
            resumes.append(.init(path: connection.path, sessionID: body.sessionID, sequence: body.seq, accepted: false))
            publish(.resumeRejected(sessionID: body.sessionID))
            send(Self.encode(["op": .number(9), "d": .bool(false)]), to: connection.id)
            return
        }
        resumes.append(.init(path: connection.path, sessionID: body.sessionID, sequence: body.seq, accepted: true))
        if let previous = session.connectionID, previous != connection.id { connections[previous]?.sessionID = nil }
        session.connectionID = connection.id
        connections[connection.id]?.sessionID = session.id
        let missed = session.missed(after: body.seq)
        for payload in missed { send(payload, to: connection.id) }
        session.sequence += 1
        let resumed = Self.encode(["op": .number(0), "t": .string("RESUMED"), "s": .number(Double(session.sequence)), "d": .object([:])])
        session.record(resumed, sequence: session.sequence)
        sessions[session.id] = session
        send(resumed, to: connection.id)
        publish(.resumed(sessionID: session.id, replayed: missed.count, path: connection.path))
    }

    private func dispatch(_ event: String, _ data: JSONValue, sessionID: String) async {
        guard var session = sessions[sessionID] else { return }
        session.sequence += 1
        let payload = Self.encode(["op": .number(0), "t": .string(event), "s": .number(Double(session.sequence)), "d": data])
        session.record(payload, sequence: session.sequence)
        sessions[sessionID] = session
        if let connectionID = session.connectionID { send(payload, to: connectionID) }
    }

    private func send(_ payload: Data, to connectionID: Int) {
        connections[connectionID]?.outbound.yield(.payload(payload, fragmentSize: fragmentSize))
    }

    private func broadcast(_ payload: [String: JSONValue]) {
        let data = Self.encode(payload)
        for id in connections.keys { send(data, to: id) }
    }

    private func closeConnection(_ id: Int, code: UInt16) {
        connections[id]?.outbound.yield(.close(code))
        publish(.closedByServer(code: code))
    }

    private func publish(_ event: SandboxGatewayEvent) {
        logger.debug("sandbox gateway: \(event)")
        subscribers.values.forEach { $0.yield(event) }
    }

    private func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)
    }

    private static func encode(_ payload: [String: JSONValue]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(JSONValue.object(payload))) ?? Data("{}".utf8)
    }

    private static func newSessionID() -> String {
        (0..<16).map { _ in String(UInt8.random(in: 0...255), radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }
}

/// Something the sandbox's gateway saw or did, for tests to await (``SandboxGateway/events()``).
enum SandboxGatewayEvent: Sendable, Equatable, CustomStringConvertible {
    /// A client opened a WebSocket on `path` (`/gateway` or `/gateway/resume`).
    case connected(path: String, compressed: Bool)
    case identified(shard: GatewayShard, sessionID: String, path: String)
    case resumed(sessionID: String, replayed: Int, path: String)
    /// Resume of a session the sandbox does not know: answered with Invalid Session (false).
    case resumeRejected(sessionID: String)
    case heartbeat(sequence: Int?)
    /// Another command from the client: Presence Update (3), Voice State Update (4), Request Guild Members (8).
    case command(opcode: Int)
    /// The sandbox closed a connection with `code` (a test control or a validation failure).
    case closedByServer(code: UInt16)
    /// The sandbox ended connections without a status code (``SandboxGateway/dropConnections()``).
    case dropped
    /// The client closed (or lost) its connection. Hummingbird's WebSocket server does not hand
    /// the client's close code to the route, so it is not recorded here.
    case closedByClient(path: String)

    var description: String {
        switch self {
        case .connected(let path, let compressed): "connected on \(path)\(compressed ? " (zlib-stream)" : "")"
        case .identified(let shard, let session, _): "identified \(shard) as \(session)"
        case .resumed(let session, let replayed, _): "resumed \(session), replayed \(replayed)"
        case .resumeRejected(let session): "resume of unknown session \(session) rejected"
        case .heartbeat(let sequence): "heartbeat \(sequence.map(String.init) ?? "null")"
        case .command(let opcode): "command op \(opcode)"
        case .closedByServer(let code): "closed by server with code \(code)"
        case .dropped: "dropped"
        case .closedByClient(let path): "closed by client on \(path)"
        }
    }
}

/// One client connection to the sandbox's gateway.
struct SandboxGatewayConnection: Sendable {
    let id: Int
    /// `/gateway` or `/gateway/resume`.
    let path: String
    let compressed: Bool
    let outbound: AsyncStream<SandboxGatewayOutbound>.Continuation
    /// The session identified or resumed on this connection.
    var sessionID: String?
}

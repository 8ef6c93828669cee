import Hummingbird
import HummingbirdWebSocket
import Shared

/// What the sandbox needs of its gateway: WebSocket routes on the shared router, the body of
/// `GET /gateway/bot`, and a way to send dispatches to connected clients. ``SandboxGateway``
/// (in `Sandbox/Gateway/`) is the real one; tests may mount a fake that answers interactions.
///
/// ```swift
/// struct Recorder: SandboxGatewayHost { … }
/// try await DiscordSandbox.with(configuration, gateway: { _ in Recorder() }, logger: logger) { sandbox in … }
/// ```
protocol SandboxGatewayHost: Sendable {
    func register(on router: Router<BasicWebSocketRequestContext>)
    func botInfo(baseWebSocketURL: String) async -> JSONValue
    func dispatch(_ event: String, _ data: JSONValue, guildID: UInt64?) async
}

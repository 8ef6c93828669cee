import Shared

/// The world's answer to a ``SandboxRESTCall``: a status, headers, and a JSON body (nil: 204).
struct SandboxRESTReply: Sendable {
    var status: Int
    var headers: [(String, String)] = []
    var body: JSONValue?
    /// Gateway dispatches the request caused, for the server to hand to the gateway.
    var events: [SandboxEvent] = []

    static func json(_ body: JSONValue, status: Int = 200) -> Self { Self(status: status, body: body) }
    static let noContent = Self(status: 204)
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Shared

extension DiscordSandbox {
    /// `POST /sandbox/v1/interactions` (a ``SandboxInteractionRequest`` in, a
    /// ``SandboxInteractionOutcome`` out) and `GET /sandbox/v1/world`, in the control API's JSON
    /// dialect; errors are `{"error": {"message": …}}`.
    func registerControl(on router: Router<BasicWebSocketRequestContext>) {
        router.post(RouterPath(SandboxDefaults.interactionsPath)) { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 1024 * 1024)
            let body: SandboxInteractionRequest
            do {
                body = try ControlJSON.decoder.decode(SandboxInteractionRequest.self, from: Data(buffer.readableBytesView))
            } catch {
                return Self.controlError(400, "The body is not a sandbox interaction request: expected JSON like "
                    + #"{"command": "/ping", "guild_id": "…", "user_id": "…"} or {"custom_id": "…", "message_id": "…"} ("# + "\(error))")
            }
            do {
                return try Self.controlJSON(200, await injectInteraction(body))
            } catch let error as SandboxInjectionError {
                return Self.controlError(error.status, error.message)
            }
        }
        router.get(RouterPath(SandboxDefaults.worldPath)) { _, _ -> Response in
            try Self.controlJSON(200, await world.report())
        }
    }

    static func controlJSON(_ status: Int, _ value: some Encodable) throws -> Response {
        let data = try ControlJSON.encoder.encode(value)
        return Response(status: .init(code: status), headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func controlError(_ status: Int, _ message: String) -> Response {
        (try? controlJSON(status, ControlErrorBody(message: message)))
            ?? Response(status: .init(code: status))
    }
}

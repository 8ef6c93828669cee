import Foundation
import Hummingbird
import Logging

/// `POST /interactions`, Discord's "Interactions Endpoint URL" (discord-docs/interactions/
/// overview.mdx, "Receiving an Interaction"; receiving-and-responding.mdx for the reply).
/// Order matters: the signature is checked over the raw body before anything is decoded, so a
/// forged request costs no work and runs nothing (401). A PING gets `{"type":1}`. Anything else
/// goes to the responder; its initial response is this HTTP response's body, and a deferred
/// handler's reply later edits `@original` over REST.
///
/// ```swift
/// let router = Router()
/// InteractionHTTPRoute.register(on: router, verifier: verifier, responder: responder, now: { Date() }, logger: logger)
/// ```
enum InteractionHTTPRoute {
    static let path = "interactions"
    /// Interactions are small; anything larger is not Discord.
    static let maximumBodyBytes = 1 << 20

    static func register<Context: RequestContext>(
        on router: Router<Context>, verifier: InteractionSignatureVerifier, responder: InteractionResponder,
        now: @escaping @Sendable () -> Date, logger: Logger
    ) {
        router.post(RouterPath(path)) { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: maximumBodyBytes)
            let body = Data(buffer.readableBytesView)
            do {
                try verifier.verify(signature: header(InteractionSignatureVerifier.signatureHeader, in: request),
                                    timestamp: header(InteractionSignatureVerifier.timestampHeader, in: request),
                                    body: body, now: now())
            } catch {
                logger.notice("interaction request refused", metadata: ["reason": "\(error)"])
                return Response(status: .unauthorized)
            }

            // The type first: a PING must be answered even if it lacks fields a real interaction has.
            let probe: TypeProbe
            let interaction: Interaction
            do {
                probe = try JSONDecoder().decode(TypeProbe.self, from: body)
                if probe.type == InteractionType.ping.rawValue {
                    return try json(InteractionResponse.pong)
                }
                interaction = try JSONDecoder().decode(Interaction.self, from: body)
            } catch {
                logger.notice("malformed interaction", metadata: ["error": "\(error)"])
                return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "malformed interaction: \(summary(of: error))")))
            }

            switch await responder.start(interaction) {
            case .immediate(let response):
                return try json(response)
            case .deferred(let deferral, let pending):
                // The edit waits for the handler, which by then has usually outlived this response.
                Task { await responder.complete(pending) }
                return try json(deferral)
            }
        }
    }

    private struct TypeProbe: Decodable {
        var type: Int
    }

    private static func header(_ name: String, in request: Request) -> String? {
        // Header names are case-insensitive; canonical names are lowercase.
        let wanted = name.lowercased()
        return request.headers.first { $0.name.canonicalName == wanted }?.value
    }

    private static func json(_ response: InteractionResponse) throws -> Response {
        let data = try JSONEncoder().encode(response)
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Says what is wrong without echoing the body back.
    private static func summary(of error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty: "body is not JSON"
        case DecodingError.dataCorrupted(let context):
            "invalid value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "undecodable body"
        }
    }
}

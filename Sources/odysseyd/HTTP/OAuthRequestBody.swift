import Foundation
import Hummingbird

/// Reads a public request's camelCase JSON body; anything else is a 400 that names the field,
/// so a dashboard developer sees at once what to fix.
///
/// ```swift
/// let body = try await OAuthRequestBody.decode(OAuthBridgeRoutes.ExchangeRequest.self, from: request)
/// ```
enum OAuthRequestBody {
    static let limit = 16 * 1024

    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws -> Body {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the request body is larger than \(limit) bytes")
        }
        guard buffer.readableBytes > 0 else {
            throw HTTPError(.badRequest, message: "the request body is empty; expected a JSON object")
        }
        do {
            return try JSONDecoder().decode(Body.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: describe(error))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the request body is not JSON"
        case .dataCorrupted(let context):
            return "field \(path(context)) is invalid"
        case .keyNotFound(let key, _):
            return "missing field \(key.stringValue)"
        case .typeMismatch(let type, let context) where context.codingPath.isEmpty:
            return "the request body is not a JSON object (expected \(type))"
        case .typeMismatch(let type, let context):
            return "field \(path(context)) must be a \(type == String.self ? "string" : "\(type)")"
        case .valueNotFound(_, let context):
            return "field \(path(context)) is null"
        @unknown default:
            return "the request body is not the expected JSON"
        }
    }
}

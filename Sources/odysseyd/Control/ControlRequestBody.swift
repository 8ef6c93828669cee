import Foundation
import Hummingbird
import Shared

/// Reads a control request's JSON body; a body that is not the expected JSON is a 400 naming the field.
///
/// ```swift
/// let body = try await ControlRequestBody.decode(JobEnqueueRequest.self, from: request)
/// ```
enum ControlRequestBody {
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws -> Body {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        do {
            return try ControlJSON.decoder.decode(Body.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "the request body is not a valid \(Body.self): \(describe(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): return context.debugDescription
        case .keyNotFound(let key, _): return "missing \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

import Foundation
import Shared

/// Reads `job enqueue --payload`: any JSON document, as the job's handler will receive it.
///
/// ```swift
/// try JobPayloadArgument.parse(#"{"round_id": 7}"#)  // .object(["round_id": .number(7)])
/// try JobPayloadArgument.parse("{round_id: 7}")      // throws: not valid JSON: Invalid value around character 1.
/// ```
enum JobPayloadArgument {
    struct Invalid: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    static func parse(_ text: String) throws(Invalid) -> JSONValue {
        do {
            return try ControlJSON.decoder.decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw Invalid(description: "not valid JSON: \(problem(in: text, error: error))")
        }
    }

    /// Where the JSON breaks ("Invalid value around character 1."): the decoder only says that
    /// it does, so ask JSONSerialization, which says where.
    private static func problem(in text: String, error: any Error) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        } catch let serializationError {
            if let detail = (serializationError as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
                return detail
            }
        }
        if case DecodingError.dataCorrupted(let context) = error {
            return context.debugDescription
        }
        return "\(error)"
    }
}

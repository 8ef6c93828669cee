import Shared

/// A Discord error answer: status and `{"message": …, "code": …}` (plus `errors` for 50035),
/// exactly as topics/opcodes-and-status-codes.mdx shows them.
///
/// ```swift
/// throw SandboxRESTError.unknownChannel   // 404 {"message": "Unknown Channel", "code": 10003}
/// ```
struct SandboxRESTError: Error, Sendable, CustomStringConvertible {
    var status: Int
    var code: Int
    var message: String
    var errors: JSONValue?

    var description: String { "\(status) \(code) \(message)" }

    var body: JSONValue {
        var object: [String: JSONValue] = ["message": .string(message), "code": .int(code)]
        if let errors { object["errors"] = errors }
        return .object(object)
    }

    static let unauthorized = Self(status: 401, code: 0, message: "401: Unauthorized")
    static let notFound = Self(status: 404, code: 0, message: "404: Not Found")
    static let unknownChannel = Self(status: 404, code: 10003, message: "Unknown Channel")
    static let unknownGuild = Self(status: 404, code: 10004, message: "Unknown Guild")
    static let unknownMember = Self(status: 404, code: 10007, message: "Unknown Member")
    static let unknownMessage = Self(status: 404, code: 10008, message: "Unknown Message")
    static let unknownRole = Self(status: 404, code: 10011, message: "Unknown Role")
    static let unknownWebhook = Self(status: 404, code: 10015, message: "Unknown Webhook")
    static let unknownInteraction = Self(status: 404, code: 10062, message: "Unknown interaction")
    static let unknownCommand = Self(status: 404, code: 10063, message: "Unknown application command")
    static let unknownVoiceState = Self(status: 404, code: 10065, message: "Unknown Voice State")
    static let alreadyAcknowledged = Self(status: 400, code: 40060, message: "Interaction has already been acknowledged.")
    static let missingAccess = Self(status: 403, code: 50001, message: "Missing Access")
    static let missingPermissions = Self(status: 403, code: 50013, message: "Missing Permissions")
    static let cannotSendEmptyMessage = Self(status: 400, code: 50006, message: "Cannot send an empty message")

    /// 50035 with one leaf error at `path` (dot-separated; array indices as numbers).
    static func invalidFormBody(at path: String, code: String, message: String) -> Self {
        var node: JSONValue = .object(["_errors": .array([.object(["code": .string(code), "message": .string(message)])])])
        for key in path.split(separator: ".").reversed() { node = .object([String(key): node]) }
        return Self(status: 400, code: 50035, message: "Invalid Form Body", errors: node)
    }

    /// A body that is not JSON at all.
    static let malformedBody = Self(status: 400, code: 50109, message: "The request body contains invalid JSON.")

    /// The Discord-like body for a forced status.
    static func forced(_ status: Int) -> Self {
        switch status {
        case 401: .unauthorized
        case 403: .missingPermissions
        case 404: .notFound
        default: Self(status: status, code: 0, message: "\(status): Sandbox forced error")
        }
    }
}

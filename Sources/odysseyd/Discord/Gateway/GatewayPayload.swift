import Foundation
import Shared

/// One received Gateway message: `{op, d, s, t}`.
///
/// `d` stays as the raw JSON bytes Discord sent, so a large `GUILD_CREATE` is parsed once, straight
/// into the type its handler wants, and snowflakes or big integers never pass through a `Double`.
/// Unknown top-level fields are ignored. Source: discord-docs/events/gateway-events.mdx,
/// "Payload Structure".
///
/// ```swift
/// let payload = try GatewayPayload(json: Data(#"{"op":0,"d":{"id":"1"},"s":42,"t":"GUILD_DELETE"}"#.utf8))
/// payload.eventName   // "GUILD_DELETE"
/// let guild = try payload.decodeData(GatewayReady.UnavailableGuild.self)
/// ```
struct GatewayPayload: Sendable, Equatable {
    var opcode: GatewayOpcode
    /// The raw JSON of `d`; nil when `d` is absent or `null`.
    var data: Data?
    /// `s`: set on dispatches (op 0) only.
    var sequence: Int?
    /// `t`: the event name on dispatches (op 0) only.
    var eventName: String?

    init(opcode: GatewayOpcode, data: Data? = nil, sequence: Int? = nil, eventName: String? = nil) {
        self.opcode = opcode
        self.data = data
        self.sequence = sequence
        self.eventName = eventName
    }

    init(json: Data) throws {
        let bytes = [UInt8](json)
        var opcode: GatewayOpcode?
        for member in try GatewayJSONScanner.topLevelMembers(of: bytes) {
            let value = Array(bytes[member.value])
            switch member.key {
            case "op":
                guard let op = GatewayJSONScanner.integer(value) else {
                    throw GatewayDecodingError("\"op\" is not an integer")
                }
                opcode = GatewayOpcode(rawValue: op)
            case "d":
                data = GatewayJSONScanner.isNull(value) ? nil : Data(value)
            case "s":
                if GatewayJSONScanner.isNull(value) { break }
                guard let sequence = GatewayJSONScanner.integer(value) else {
                    throw GatewayDecodingError("\"s\" is not an integer or null")
                }
                self.sequence = sequence
            case "t":
                if GatewayJSONScanner.isNull(value) { break }
                guard let name = try? JSONDecoder().decode(String.self, from: Data(value)) else {
                    throw GatewayDecodingError("\"t\" is not a string or null")
                }
                eventName = name
            default:
                continue
            }
        }
        guard let opcode else { throw GatewayDecodingError("the payload has no \"op\"") }
        self.opcode = opcode
    }

    /// Decodes `d` as `type` (keys as Discord spells them, snake_case, mapped by the type's `CodingKeys`).
    func decodeData<T: Decodable>(_ type: T.Type) throws -> T {
        guard let data else {
            throw GatewayDecodingError("\(opcode) has no \"d\" to decode as \(T.self)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw GatewayDecodingError("\(opcode)\(eventName.map { " \($0)" } ?? ""): \"d\" is not a valid \(T.self): \(error)")
        }
    }

    /// `d` as a generic JSON value (`.null` when absent), for logging or payloads with no type yet.
    func dataValue() throws -> JSONValue {
        guard let data else { return .null }
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// `d` of an Invalid Session (op 9): whether the session may be resumed.
    /// Source: gateway-events.mdx, "Invalid Session". Anything but `true` counts as not resumable.
    var invalidSessionIsResumable: Bool {
        guard opcode == .invalidSession, let data else { return false }
        return (try? JSONDecoder().decode(Bool.self, from: data)) == true
    }
}

import Foundation

/// Splits a JSON object into its top-level members without parsing the values, so a payload's
/// `d` can be kept as bytes. It checks structure only as far as needed to find where each value
/// ends; whoever decodes a value later validates it fully.
enum GatewayJSONScanner {
    struct Member {
        var key: String
        var value: Range<Int>
    }

    static func topLevelMembers(of bytes: [UInt8]) throws -> [Member] {
        var index = skipWhitespace(bytes, from: 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else {
            throw GatewayDecodingError("a Gateway payload must be a JSON object")
        }
        index += 1
        var members: [Member] = []
        index = skipWhitespace(bytes, from: index)
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            return try finish(bytes, after: index + 1, members)
        }
        while true {
            index = skipWhitespace(bytes, from: index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw GatewayDecodingError("expected a key at byte \(index)")
            }
            let keyEnd = try endOfString(bytes, from: index)
            let key = try decodeKey(Array(bytes[index..<keyEnd]))
            index = skipWhitespace(bytes, from: keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw GatewayDecodingError("expected ':' after key \"\(key)\"")
            }
            index = skipWhitespace(bytes, from: index + 1)
            let valueEnd = try endOfValue(bytes, from: index)
            members.append(Member(key: key, value: index..<valueEnd))
            index = skipWhitespace(bytes, from: valueEnd)
            guard index < bytes.count else { throw GatewayDecodingError("the payload ends inside the object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                return try finish(bytes, after: index + 1, members)
            } else {
                throw GatewayDecodingError("expected ',' or '}' at byte \(index)")
            }
        }
    }

    static func isNull(_ value: [UInt8]) -> Bool { value == Array("null".utf8) }

    /// A plain JSON integer (no fraction, no exponent), or nil.
    static func integer(_ value: [UInt8]) -> Int? {
        guard let text = String(bytes: value, encoding: .utf8) else { return nil }
        return Int(text)
    }

    private static func finish(_ bytes: [UInt8], after index: Int, _ members: [Member]) throws -> [Member] {
        guard skipWhitespace(bytes, from: index) == bytes.count else {
            throw GatewayDecodingError("unexpected bytes after the payload object")
        }
        return members
    }

    private static func decodeKey(_ quoted: [UInt8]) throws -> String {
        if !quoted.contains(UInt8(ascii: "\\")), let plain = String(bytes: quoted.dropFirst().dropLast(), encoding: .utf8) {
            return plain
        }
        guard let key = try? JSONDecoder().decode(String.self, from: Data(quoted)) else {
            throw GatewayDecodingError("a key is not a valid JSON string")
        }
        return key
    }

    private static func skipWhitespace(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        return index
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The index just past the closing quote of the string opening at `start`.
    private static func endOfString(_ bytes: [UInt8], from start: Int) throws -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        throw GatewayDecodingError("a string starting at byte \(start) is not closed")
    }

    private static func endOfValue(_ bytes: [UInt8], from start: Int) throws -> Int {
        guard start < bytes.count else { throw GatewayDecodingError("a value is missing at the end of the payload") }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return try endOfString(bytes, from: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index = try endOfString(bytes, from: index)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            throw GatewayDecodingError("an object or array starting at byte \(start) is not closed")
        default:
            // A number, true, false or null: runs until a delimiter.
            var index = start
            while index < bytes.count, !isWhitespace(bytes[index]),
                  bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "}"), bytes[index] != UInt8(ascii: "]") {
                index += 1
            }
            guard index > start else { throw GatewayDecodingError("a value is missing at byte \(start)") }
            return index
        }
    }
}

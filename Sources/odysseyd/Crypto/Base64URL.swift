import Foundation

/// Base64url without padding (RFC 4648 §5), the form of session ids: safe in a URL path and in
/// JSON without escaping.
///
/// ```swift
/// let id = Base64URL.encode(try SecureRandom.bytes(32))   // 43 characters
/// let key = Base64URL.decodeLenient("q83vEjRWeJA=")        // standard base64 too
/// ```
enum Base64URL {
    static func encode(_ bytes: some Collection<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes base64url or standard base64, padded or not; nil for anything else.
    static func decodeLenient(_ text: String) -> Data? {
        guard !text.isEmpty else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard = standard.trimmingCharacters(in: CharacterSet(charactersIn: "="))
        guard standard.utf8.count % 4 != 1 else { return nil }
        standard += String(repeating: "=", count: (4 - standard.utf8.count % 4) % 4)
        return Data(base64Encoded: standard)
    }
}

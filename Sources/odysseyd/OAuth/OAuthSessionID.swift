import Foundation

/// A dashboard session's id: 32 random bytes as base64url (43 characters), handed to the
/// dashboard once. The database keeps only its SHA-256 (hex), so a copy of the table cannot be
/// used to act as anyone.
///
/// ```swift
/// let id = try OAuthSessionID.generate()
/// let hash = id.hash                                  // what oauth_sessions.id_hash holds
/// let parsed = OAuthSessionID(text: "…")             // nil unless 43 base64url characters
/// ```
struct OAuthSessionID: Sendable, Hashable, CustomStringConvertible {
    static let byteCount = 32
    static let textLength = 43

    let text: String

    /// Never prints the id itself: it is a bearer credential.
    var description: String { "session \(hash.prefix(12))…" }

    var hash: String { Self.hash(of: text) }

    static func generate() throws -> OAuthSessionID {
        OAuthSessionID(checked: Base64URL.encode(try SecureRandom.bytes(byteCount)))
    }

    private init(checked text: String) {
        self.text = text
    }

    /// Accepts exactly the shape ``generate()`` makes; anything else cannot be a session.
    init?(text: String) {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        guard text.utf8.count == Self.textLength, text.utf8.allSatisfy(allowed.contains) else { return nil }
        self.text = text
    }

    static func hash(of text: String) -> String {
        SHA256Digest.hex(of: Data(text.utf8))
    }
}

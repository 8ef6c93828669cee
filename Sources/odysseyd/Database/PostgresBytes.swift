/// A `bytea` value, both ways, in PostgreSQL's hex text format (`\x0a1b…`), which is what the
/// server prints by default (`bytea_output = hex`) and always accepts as input.
///
/// ```swift
/// try await db.query("UPDATE oauth_sessions SET access_token = $2 WHERE id_hash = $1", [hash, PostgresBytes(sealed)])
/// let sealed = try row.decode(PostgresBytes.self, column: "access_token").bytes
/// ```
struct PostgresBytes: PostgresEncodable, PostgresDecodable, Equatable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static let digits = Array("0123456789abcdef".utf8)

    var postgresText: String? {
        var text: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
        text.reserveCapacity(2 + bytes.count * 2)
        for byte in bytes {
            text.append(Self.digits[Int(byte >> 4)])
            text.append(Self.digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        // The escape format (`bytea_output = escape`) is not read: every pooled connection uses
        // the server default, hex.
        guard text.hasPrefix("\\x"), let bytes = Ed25519PublicKey.bytes(fromHex: String(text.dropFirst(2))) else {
            throw Self.invalid(text)
        }
        self.bytes = bytes
    }
}

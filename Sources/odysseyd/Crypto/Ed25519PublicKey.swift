import COpenSSL

/// An Ed25519 public key (RFC 8032), checking signatures through OpenSSL's libcrypto.
///
/// Discord signs HTTP interactions with the application's key, shown in the Developer Portal as
/// 64 hexadecimal characters (`DISCORD_PUBLIC_KEY`).
///
/// ```swift
/// let key = try Ed25519PublicKey(hex: configuration.discordPublicKey ?? "")
/// if key.isValidSignature(signature, for: Array((timestamp + body).utf8)) { … }
/// ```
struct Ed25519PublicKey: Sendable, Equatable {
    static let byteCount = 32
    static let signatureByteCount = 64

    /// The key as RFC 8032 encodes it: 32 bytes, the compressed curve point.
    let rawRepresentation: [UInt8]

    init(rawRepresentation: [UInt8]) throws(Ed25519PublicKeyError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw Ed25519PublicKeyError("an Ed25519 public key is \(Self.byteCount) bytes, not \(rawRepresentation.count)")
        }
        // Fail at start-up, not on every request, if this libcrypto cannot make Ed25519 keys.
        // OpenSSL 3 does not decode the point here: bytes that are not a curve point are accepted,
        // and then no signature verifies, which is the safe way round.
        guard Self.withOpenSSLKey(rawRepresentation, { _ in true }) == true else {
            throw Ed25519PublicKeyError("OpenSSL could not make an Ed25519 key (EVP_PKEY_new_raw_public_key failed)")
        }
        self.rawRepresentation = rawRepresentation
    }

    init(hex: String) throws(Ed25519PublicKeyError) {
        guard let bytes = Self.bytes(fromHex: hex) else {
            throw Ed25519PublicKeyError("expected \(Self.byteCount * 2) hexadecimal characters, got \"\(hex)\"")
        }
        try self.init(rawRepresentation: bytes)
    }

    /// Whether `signature` is this key's Ed25519 signature of `message` (pure Ed25519, no prehash).
    /// Any malformed input, wrong length included, is simply not a valid signature.
    func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == Self.signatureByteCount else { return false }
        return Self.withOpenSSLKey(rawRepresentation) { key in
            guard let context = EVP_MD_CTX_new() else { return false }
            defer { EVP_MD_CTX_free(context) }
            // Ed25519 hashes internally, so no digest is named (RFC 8032 §5.1; OpenSSL's EVP_SIGNATURE-ED25519).
            guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else { return false }
            // Unsafe at the C boundary: EVP_DigestVerify only reads `count` bytes of each buffer.
            // An empty message may have no base address; OpenSSL accepts NULL with length 0.
            let result = signature.withUnsafeBufferPointer { signatureBytes in
                message.withUnsafeBufferPointer { messageBytes in
                    EVP_DigestVerify(context, signatureBytes.baseAddress, signatureBytes.count,
                                     messageBytes.baseAddress, messageBytes.count)
                }
            }
            return result == 1
        } ?? false
    }

    /// Runs `body` with a fresh OpenSSL key for `raw`, or returns nil when OpenSSL refuses the bytes.
    /// A key per call keeps the type a plain value: no shared C object to free or guard across threads.
    private static func withOpenSSLKey<T>(_ raw: [UInt8], _ body: (OpaquePointer) -> T) -> T? {
        // Failures leave entries on this thread's OpenSSL error queue; clear them so they cannot
        // be blamed on a later, unrelated call.
        defer { ERR_clear_error() }
        // Unsafe at the C boundary: OpenSSL copies the `count` key bytes it is given.
        let key = raw.withUnsafeBufferPointer { bytes in
            EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, bytes.baseAddress, bytes.count)
        }
        guard let key else { return nil }
        defer { EVP_PKEY_free(key) }
        return body(key)
    }

    /// Decodes hexadecimal text (either case, ASCII only), or nil when it is not whole bytes of hex.
    static func bytes(fromHex text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

struct Ed25519PublicKeyError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

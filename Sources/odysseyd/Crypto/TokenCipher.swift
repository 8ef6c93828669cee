import COpenSSL
import Foundation

/// AES-256-GCM for secrets at rest (Discord OAuth tokens), through OpenSSL's EVP interface.
///
/// A sealed value is `nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`. The nonce is fresh from
/// `RAND_bytes` for every seal, so the same token sealed twice never looks the same. The caller
/// passes associated data that names the row the value belongs to (the session's id hash): a
/// sealed token copied into another row then fails to open instead of lending that row its token.
///
/// ```swift
/// let cipher = try TokenCipher(keyText: configuration.tokenKey)   // 32 bytes, base64 or hex
/// let sealed = try cipher.seal(Array(accessToken.utf8), associatedData: Array(sessionHash.utf8))
/// let plain = try cipher.open(sealed, associatedData: Array(sessionHash.utf8))
/// ```
struct TokenCipher: Sendable {
    static let keyByteCount = 32
    static let nonceByteCount = 12
    static let tagByteCount = 16

    private let key: [UInt8]

    init(key: [UInt8]) throws(TokenCipherError) {
        guard key.count == Self.keyByteCount else {
            throw TokenCipherError("an AES-256 key is \(Self.keyByteCount) bytes, not \(key.count)")
        }
        self.key = key
    }

    /// Reads a key written as 64 hexadecimal characters or as base64 (standard or URL-safe,
    /// padding optional) of exactly 32 bytes, e.g. the output of `openssl rand -base64 32`.
    init(keyText: String) throws(TokenCipherError) {
        let text = keyText.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.utf8.count == Self.keyByteCount * 2, let bytes = Ed25519PublicKey.bytes(fromHex: text) {
            try self.init(key: bytes)
            return
        }
        guard let data = Base64URL.decodeLenient(text) else {
            throw TokenCipherError("expected 32 bytes as 64 hexadecimal characters or as base64 (openssl rand -base64 32); the value is neither")
        }
        guard data.count == Self.keyByteCount else {
            throw TokenCipherError("the base64 value decodes to \(data.count) bytes; AES-256 needs exactly 32 (openssl rand -base64 32)")
        }
        try self.init(key: Array(data))
    }

    /// Encrypts with a random nonce.
    func seal(_ plaintext: [UInt8], associatedData: [UInt8]) throws(TokenCipherError) -> [UInt8] {
        let nonce: [UInt8]
        do {
            nonce = try SecureRandom.bytes(Self.nonceByteCount)
        } catch {
            throw TokenCipherError("\(error)")
        }
        return try seal(plaintext, associatedData: associatedData, nonce: nonce)
    }

    /// Encrypts with a given nonce: for known-answer tests only; production code never reuses one.
    func seal(_ plaintext: [UInt8], associatedData: [UInt8], nonce: [UInt8]) throws(TokenCipherError) -> [UInt8] {
        precondition(nonce.count == Self.nonceByteCount, "AES-GCM nonces here are 12 bytes")
        defer { ERR_clear_error() }
        guard let context = EVP_CIPHER_CTX_new() else { throw TokenCipherError("EVP_CIPHER_CTX_new failed") }
        defer { EVP_CIPHER_CTX_free(context) }
        // The default GCM IV length is 12 bytes, so no EVP_CTRL_GCM_SET_IVLEN is needed.
        guard EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nil, key, nonce) == 1 else {
            throw TokenCipherError("EVP_EncryptInit_ex(AES-256-GCM) failed")
        }
        var length: Int32 = 0
        if !associatedData.isEmpty {
            // Unsafe at the C boundary: a NULL output buffer means "authenticate only"; reads `count` bytes.
            let ok = associatedData.withUnsafeBufferPointer { aad in
                EVP_EncryptUpdate(context, nil, &length, aad.baseAddress, Int32(aad.count))
            }
            guard ok == 1 else { throw TokenCipherError("EVP_EncryptUpdate(associated data) failed") }
        }
        // GCM is a stream mode: the ciphertext is exactly as long as the plaintext.
        var ciphertext = [UInt8](repeating: 0, count: plaintext.count)
        if !plaintext.isEmpty {
            // Unsafe at the C boundary: writes at most `plaintext.count` bytes into `ciphertext`.
            let ok = ciphertext.withUnsafeMutableBufferPointer { out in
                plaintext.withUnsafeBufferPointer { input in
                    EVP_EncryptUpdate(context, out.baseAddress, &length, input.baseAddress, Int32(input.count))
                }
            }
            guard ok == 1, Int(length) == plaintext.count else { throw TokenCipherError("EVP_EncryptUpdate failed") }
        }
        var finalLength: Int32 = 0
        var scratch = [UInt8](repeating: 0, count: 16)
        guard EVP_EncryptFinal_ex(context, &scratch, &finalLength) == 1, finalLength == 0 else {
            throw TokenCipherError("EVP_EncryptFinal_ex failed")
        }
        var tag = [UInt8](repeating: 0, count: Self.tagByteCount)
        // Unsafe at the C boundary: GET_TAG writes exactly `tagByteCount` bytes.
        let tagged = tag.withUnsafeMutableBytes { bytes in
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, Int32(Self.tagByteCount), bytes.baseAddress)
        }
        guard tagged == 1 else { throw TokenCipherError("EVP_CTRL_GCM_GET_TAG failed") }
        return nonce + ciphertext + tag
    }

    /// Decrypts and authenticates; any change to the nonce, ciphertext, tag or associated data,
    /// or another key, is the same error (no hint about which part was wrong).
    func open(_ sealed: [UInt8], associatedData: [UInt8]) throws(TokenCipherError) -> [UInt8] {
        guard sealed.count >= Self.nonceByteCount + Self.tagByteCount else {
            throw TokenCipherError("a sealed value is at least \(Self.nonceByteCount + Self.tagByteCount) bytes, not \(sealed.count)")
        }
        defer { ERR_clear_error() }
        let nonce = Array(sealed.prefix(Self.nonceByteCount))
        let ciphertext = Array(sealed.dropFirst(Self.nonceByteCount).dropLast(Self.tagByteCount))
        var tag = Array(sealed.suffix(Self.tagByteCount))
        guard let context = EVP_CIPHER_CTX_new() else { throw TokenCipherError("EVP_CIPHER_CTX_new failed") }
        defer { EVP_CIPHER_CTX_free(context) }
        guard EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nil, key, nonce) == 1 else {
            throw TokenCipherError("EVP_DecryptInit_ex(AES-256-GCM) failed")
        }
        var length: Int32 = 0
        if !associatedData.isEmpty {
            // Unsafe at the C boundary: authenticate-only update, reads `count` bytes.
            let ok = associatedData.withUnsafeBufferPointer { aad in
                EVP_DecryptUpdate(context, nil, &length, aad.baseAddress, Int32(aad.count))
            }
            guard ok == 1 else { throw TokenCipherError.authenticationFailed }
        }
        var plaintext = [UInt8](repeating: 0, count: ciphertext.count)
        if !ciphertext.isEmpty {
            // Unsafe at the C boundary: writes at most `ciphertext.count` bytes into `plaintext`.
            let ok = plaintext.withUnsafeMutableBufferPointer { out in
                ciphertext.withUnsafeBufferPointer { input in
                    EVP_DecryptUpdate(context, out.baseAddress, &length, input.baseAddress, Int32(input.count))
                }
            }
            guard ok == 1 else { throw TokenCipherError.authenticationFailed }
        }
        // Unsafe at the C boundary: SET_TAG reads exactly `tagByteCount` bytes.
        let tagSet = tag.withUnsafeMutableBytes { bytes in
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, Int32(Self.tagByteCount), bytes.baseAddress)
        }
        guard tagSet == 1 else { throw TokenCipherError.authenticationFailed }
        var finalLength: Int32 = 0
        var scratch = [UInt8](repeating: 0, count: 16)
        // The tag is checked here; until it passes, `plaintext` must not be used.
        guard EVP_DecryptFinal_ex(context, &scratch, &finalLength) == 1 else {
            throw TokenCipherError.authenticationFailed
        }
        return plaintext
    }

    /// Seals UTF-8 text.
    func seal(_ text: String, associatedData: String) throws(TokenCipherError) -> [UInt8] {
        try seal(Array(text.utf8), associatedData: Array(associatedData.utf8))
    }

    /// Opens a value sealed from UTF-8 text.
    func openText(_ sealed: [UInt8], associatedData: String) throws(TokenCipherError) -> String {
        String(decoding: try open(sealed, associatedData: Array(associatedData.utf8)), as: UTF8.self)
    }
}

struct TokenCipherError: Error, CustomStringConvertible, Equatable {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    static let authenticationFailed = TokenCipherError("the sealed value does not authenticate (wrong key, or altered)")
}

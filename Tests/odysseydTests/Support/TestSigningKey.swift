import COpenSSL
import Foundation
import Testing
@testable import odysseyd

/// Test-only Ed25519 signing through OpenSSL, to make the requests Discord would send.
/// Holds the raw private key (RFC 8032's 32-byte secret) and builds an OpenSSL key per use.
struct TestSigningKey: Sendable {
    let secret: [UInt8]
    let publicKey: [UInt8]

    /// A fresh random key from OpenSSL's key generator.
    static func generate() throws -> TestSigningKey {
        let context = try #require(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil))
        defer { EVP_PKEY_CTX_free(context) }
        try #require(EVP_PKEY_keygen_init(context) == 1)
        var generated: OpaquePointer?
        try #require(EVP_PKEY_keygen(context, &generated) == 1)
        let key = try #require(generated)
        defer { EVP_PKEY_free(key) }
        var secret = [UInt8](repeating: 0, count: 32)
        var length = secret.count
        // Unsafe at the C boundary: OpenSSL writes at most `length` bytes into `secret`.
        try #require(EVP_PKEY_get_raw_private_key(key, &secret, &length) == 1 && length == 32)
        return try TestSigningKey(secret: secret)
    }

    init(secret: [UInt8]) throws {
        self.secret = secret
        var publicKey = [UInt8](repeating: 0, count: 32)
        var length = publicKey.count
        try Self.withKey(secret) { key in
            try #require(EVP_PKEY_get_raw_public_key(key, &publicKey, &length) == 1 && length == 32)
        }
        self.publicKey = publicKey
    }

    func sign(_ message: [UInt8]) throws -> [UInt8] {
        try Self.withKey(secret) { key in
            let context = try #require(EVP_MD_CTX_new())
            defer { EVP_MD_CTX_free(context) }
            try #require(EVP_DigestSignInit(context, nil, nil, nil, key) == 1)
            var signature = [UInt8](repeating: 0, count: 64)
            var length = signature.count
            // Unsafe at the C boundary: OpenSSL reads message.count bytes and writes at most `length`.
            try #require(EVP_DigestSign(context, &signature, &length, message, message.count) == 1 && length == 64)
            return signature
        }
    }

    var verifier: InteractionSignatureVerifier {
        get throws { InteractionSignatureVerifier(publicKey: try Ed25519PublicKey(rawRepresentation: publicKey)) }
    }

    private static func withKey<T>(_ secret: [UInt8], _ body: (OpaquePointer) throws -> T) throws -> T {
        let key = try #require(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, secret, secret.count))
        defer { EVP_PKEY_free(key) }
        return try body(key)
    }
}

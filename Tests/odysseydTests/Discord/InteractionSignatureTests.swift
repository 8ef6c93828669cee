import COpenSSL
import Foundation
import Testing
@testable import odysseyd

/// One of RFC 8032's Ed25519 test vectors (section 7.1), in the RFC's hex.
struct RFC8032Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let secretKey: String
    let publicKey: String
    let message: String
    let signature: String

    var testDescription: String { name }

    static let all = [
        RFC8032Vector(
            name: "TEST 1 (empty message)",
            secretKey: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            message: "",
            signature: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        RFC8032Vector(
            name: "TEST 2 (1 byte)",
            secretKey: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            message: "72",
            signature: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
        RFC8032Vector(
            name: "TEST 3 (2 bytes)",
            secretKey: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            message: "af82",
            signature: "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
    ]
}

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

private func bytes(_ hex: String) throws -> [UInt8] {
    try #require(Ed25519PublicKey.bytes(fromHex: hex))
}

/// The reason `verify` refused, or nil when it accepted.
private func refusal(_ verifier: InteractionSignatureVerifier, signature: String?, timestamp: String?,
                     body: [UInt8], now: Date) -> InteractionSignatureError.Reason? {
    do {
        try verifier.verify(signature: signature, timestamp: timestamp, body: body, now: now)
        return nil
    } catch {
        return error.reason
    }
}

@Suite("Interaction signatures")
struct InteractionSignatureTests {
    /// Discord's timestamp header is Unix seconds; "now" is a little later, well inside the window.
    static let timestamp = "1700000000"
    static let signedAt = Date(timeIntervalSince1970: 1_700_000_000)
    static let now = signedAt.addingTimeInterval(2)
    /// Not ASCII-only, so a body re-encoded on the way would break the signature.
    static let body = Array(#"{"type":2,"data":{"name":"café","options":[]}}"#.utf8)

    // MARK: Ed25519 (RFC 8032 section 7.1)

    @Test("RFC 8032 vectors verify", arguments: RFC8032Vector.all)
    func rfcVectorVerifies(vector: RFC8032Vector) throws {
        let key = try Ed25519PublicKey(hex: vector.publicKey)
        #expect(key.isValidSignature(try bytes(vector.signature), for: try bytes(vector.message)))
    }

    @Test("RFC 8032 vectors fail with any bit of the signature or message changed", arguments: RFC8032Vector.all)
    func rfcVectorTampered(vector: RFC8032Vector) throws {
        let key = try Ed25519PublicKey(hex: vector.publicKey)
        let signature = try bytes(vector.signature)
        let message = try bytes(vector.message)
        for index in [0, 31, 32, 63] {
            var flipped = signature
            flipped[index] ^= 0x01
            #expect(!key.isValidSignature(flipped, for: message), "signature byte \(index) flipped")
        }
        #expect(!key.isValidSignature(signature, for: message + [0x00]))
        if !message.isEmpty {
            var changed = message
            changed[0] ^= 0x80
            #expect(!key.isValidSignature(signature, for: changed))
        }
    }

    @Test("RFC 8032 vectors are reproduced by the test signer", arguments: RFC8032Vector.all)
    func signerMatchesRFC(vector: RFC8032Vector) throws {
        // Ed25519 is deterministic, so this checks the signing helper the other tests rely on.
        let signer = try TestSigningKey(secret: try bytes(vector.secretKey))
        #expect(hex(signer.publicKey) == vector.publicKey)
        #expect(hex(try signer.sign(try bytes(vector.message))) == vector.signature)
    }

    @Test("a signature checked against another vector's key fails")
    func rfcWrongKey() throws {
        let first = RFC8032Vector.all[1], second = RFC8032Vector.all[2]
        let key = try Ed25519PublicKey(hex: second.publicKey)
        #expect(!key.isValidSignature(try bytes(first.signature), for: try bytes(first.message)))
    }

    @Test("signatures of the wrong length are invalid, not a crash")
    func wrongSignatureLengths() throws {
        let vector = RFC8032Vector.all[1]
        let key = try Ed25519PublicKey(hex: vector.publicKey)
        let signature = try bytes(vector.signature)
        let message = try bytes(vector.message)
        #expect(!key.isValidSignature([], for: message))
        #expect(!key.isValidSignature(Array(signature.prefix(63)), for: message))
        #expect(!key.isValidSignature(signature + [0], for: message))
        #expect(!key.isValidSignature([UInt8](repeating: 0, count: 64), for: message))
    }

    @Test("public keys parse from 64 hex characters in either case, and nothing else")
    func publicKeyParsing() throws {
        let vector = RFC8032Vector.all[0]
        let lower = try Ed25519PublicKey(hex: vector.publicKey)
        #expect(try Ed25519PublicKey(hex: vector.publicKey.uppercased()) == lower)
        #expect(lower.rawRepresentation == (try bytes(vector.publicKey)))
        for bad in ["", String(vector.publicKey.dropLast(2)), vector.publicKey + "00", String(vector.publicKey.dropLast()),
                    "g" + vector.publicKey.dropFirst(), " " + vector.publicKey.dropFirst(), "０" + vector.publicKey.dropFirst()] {
            #expect(throws: Ed25519PublicKeyError.self, "\"\(bad)\"") { try Ed25519PublicKey(hex: bad) }
        }
        #expect(throws: Ed25519PublicKeyError.self) { try Ed25519PublicKey(rawRepresentation: [UInt8](repeating: 1, count: 31)) }
    }

    // MARK: Discord's headers

    @Test("a request signed with the application's key is accepted")
    func goodSignature() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        #expect(refusal(try signer.verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.now) == nil)
        // Discord sends lowercase hex; uppercase is the same bytes.
        #expect(refusal(try signer.verifier, signature: signature.uppercased(), timestamp: Self.timestamp, body: Self.body, now: Self.now) == nil)
    }

    @Test("the signed message is the timestamp then the body, nothing else")
    func signedMessageLayout() throws {
        let signer = try TestSigningKey.generate()
        let bodyOnly = hex(try signer.sign(Self.body))
        let separated = hex(try signer.sign(Array((Self.timestamp + "\n").utf8) + Self.body))
        let bodyFirst = hex(try signer.sign(Self.body + Array(Self.timestamp.utf8)))
        for signature in [bodyOnly, separated, bodyFirst] {
            #expect(refusal(try signer.verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.now) == .badSignature)
        }
    }

    @Test("a tampered body is refused")
    func tamperedBody() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        var body = Self.body
        body[body.count - 2] = UInt8(ascii: " ")
        #expect(refusal(try signer.verifier, signature: signature, timestamp: Self.timestamp, body: body, now: Self.now) == .badSignature)
        #expect(refusal(try signer.verifier, signature: signature, timestamp: Self.timestamp, body: Self.body + [0x0A], now: Self.now) == .badSignature)
        #expect(refusal(try signer.verifier, signature: signature, timestamp: Self.timestamp, body: [], now: Self.now) == .badSignature)
    }

    @Test("a tampered timestamp, still fresh, is refused")
    func tamperedTimestamp() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        #expect(refusal(try signer.verifier, signature: signature, timestamp: "1700000001", body: Self.body, now: Self.now) == .badSignature)
        // Same number, different text: the signature covers the header's bytes.
        #expect(refusal(try signer.verifier, signature: signature, timestamp: "01700000000", body: Self.body, now: Self.now) == .badSignature)
    }

    @Test("a request signed with another key is refused")
    func wrongKey() throws {
        let signer = try TestSigningKey.generate()
        let other = try TestSigningKey.generate()
        #expect(signer.publicKey != other.publicKey)
        let signature = hex(try other.sign(Array(Self.timestamp.utf8) + Self.body))
        #expect(refusal(try signer.verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.now) == .badSignature)
    }

    @Test("a truncated or lengthened signature is refused for its length")
    func truncatedSignature() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        #expect(refusal(try signer.verifier, signature: String(signature.dropLast(2)), timestamp: Self.timestamp, body: Self.body, now: Self.now)
                == .wrongSignatureLength(characters: 126))
        #expect(refusal(try signer.verifier, signature: String(signature.dropLast()), timestamp: Self.timestamp, body: Self.body, now: Self.now)
                == .wrongSignatureLength(characters: 127))
        #expect(refusal(try signer.verifier, signature: signature + "00", timestamp: Self.timestamp, body: Self.body, now: Self.now)
                == .wrongSignatureLength(characters: 130))
    }

    @Test("a signature that is not hex is refused as malformed")
    func nonHexSignature() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        let tail = String(signature.dropFirst())
        let malformed: [String] = ["z" + tail, " " + tail, "x" + tail, "é" + tail, "０" + tail,
                                   String(signature.prefix(64)) + "-" + String(signature.dropFirst(65))]
        for text in malformed {
            #expect(refusal(try signer.verifier, signature: text, timestamp: Self.timestamp, body: Self.body, now: Self.now) == .malformedSignatureHex,
                    "\"\(text)\"")
        }
    }

    @Test("missing or empty headers are refused by name")
    func missingHeaders() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        let verifier = try signer.verifier
        #expect(refusal(verifier, signature: nil, timestamp: Self.timestamp, body: Self.body, now: Self.now) == .missingHeader("X-Signature-Ed25519"))
        #expect(refusal(verifier, signature: "", timestamp: Self.timestamp, body: Self.body, now: Self.now) == .missingHeader("X-Signature-Ed25519"))
        #expect(refusal(verifier, signature: signature, timestamp: nil, body: Self.body, now: Self.now) == .missingHeader("X-Signature-Timestamp"))
        #expect(refusal(verifier, signature: signature, timestamp: "", body: Self.body, now: Self.now) == .missingHeader("X-Signature-Timestamp"))
    }

    @Test("a timestamp that is not plain Unix seconds is refused, even when signed")
    func timestampNotANumber() throws {
        let signer = try TestSigningKey.generate()
        for timestamp in ["+1700000000", "-1700000000", " 1700000000", "1700000000.5", "1.7e9", "2023-11-14T22:13:20Z",
                          "99999999999999999999", "１700000000"] {
            let signature = hex(try signer.sign(Array(timestamp.utf8) + Self.body))
            #expect(refusal(try signer.verifier, signature: signature, timestamp: timestamp, body: Self.body, now: Self.now) == .timestampNotANumber,
                    "\"\(timestamp)\"")
        }
    }

    @Test("a correctly signed but stale timestamp is refused; five minutes old is still fresh")
    func staleTimestamp() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        let verifier = try signer.verifier
        #expect(refusal(verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.signedAt.addingTimeInterval(300)) == nil)
        #expect(refusal(verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.signedAt.addingTimeInterval(301))
                == .timestampTooOld(secondsAgo: 301))
        #expect(refusal(verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.signedAt.addingTimeInterval(86_400))
                == .timestampTooOld(secondsAgo: 86_400))

        // The window is configuration: a tighter one refuses what the default accepts.
        var strict = verifier
        strict.maximumAge = .seconds(60)
        #expect(refusal(strict, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.signedAt.addingTimeInterval(61))
                == .timestampTooOld(secondsAgo: 61))
    }

    @Test("a correctly signed timestamp too far in the future is refused; five minutes ahead is still fresh")
    func futureTimestamp() throws {
        let signer = try TestSigningKey.generate()
        let signature = hex(try signer.sign(Array(Self.timestamp.utf8) + Self.body))
        let verifier = try signer.verifier
        #expect(refusal(verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.signedAt.addingTimeInterval(-300)) == nil)
        #expect(refusal(verifier, signature: signature, timestamp: Self.timestamp, body: Self.body, now: Self.signedAt.addingTimeInterval(-301))
                == .timestampInFuture(secondsAhead: 301))
        let farFuture = "9223372036854775807"
        let farSignature = hex(try signer.sign(Array(farFuture.utf8) + Self.body))
        let reason = refusal(verifier, signature: farSignature, timestamp: farFuture, body: Self.body, now: Self.now)
        guard case .timestampInFuture = reason else {
            Issue.record("expected timestampInFuture, got \(String(describing: reason))")
            return
        }
        #expect(InteractionSignatureError(try #require(reason)).description.contains("in the future"))
    }

    @Test("failures read as sentences naming the header")
    func descriptions() {
        #expect(InteractionSignatureError(.missingHeader("X-Signature-Ed25519")).description == "missing or empty X-Signature-Ed25519 header")
        #expect(InteractionSignatureError(.wrongSignatureLength(characters: 126)).description
                == "X-Signature-Ed25519 has 126 hexadecimal characters, expected 128")
        #expect(InteractionSignatureError(.timestampTooOld(secondsAgo: 301)).description.contains("301 s old"))
    }

    // MARK: Constant-time equality

    @Test("constant-time equality agrees with == on bytes")
    func constantTimeBytes() {
        let secret: [UInt8] = Array("whsec_0123456789abcdef".utf8)
        #expect(ConstantTime.isEqual(secret, secret))
        #expect(ConstantTime.isEqual(secret, Data(secret)))
        #expect(ConstantTime.isEqual([UInt8](), [UInt8]()))
        var first = secret
        first[0] ^= 0x01
        var last = secret
        last[last.count - 1] ^= 0x80
        #expect(!ConstantTime.isEqual(secret, first))
        #expect(!ConstantTime.isEqual(secret, last))
        #expect(!ConstantTime.isEqual(secret, secret.dropLast()))
        #expect(!ConstantTime.isEqual(secret, secret + [0]))
        #expect(!ConstantTime.isEqual(secret, [UInt8]()))
        #expect(!ConstantTime.isEqual([UInt8](), secret))
    }

    @Test("constant-time equality on strings compares exact UTF-8 bytes")
    func constantTimeStrings() {
        #expect(ConstantTime.isEqual("s3cr3t-webhook", "s3cr3t-webhook"))
        #expect(!ConstantTime.isEqual("s3cr3t-webhook", "S3cr3t-webhook"))
        #expect(!ConstantTime.isEqual("s3cr3t-webhook", "s3cr3t-webhoo"))
        #expect(!ConstantTime.isEqual("s3cr3t-webhook", "s3cr3t-webhook "))
        #expect(ConstantTime.isEqual("", ""))
        #expect(!ConstantTime.isEqual("", "x"))
        // Swift's == treats these as equal (canonical equivalence); a secret is its exact bytes.
        #expect("caf\u{E9}" == "cafe\u{301}")
        #expect(!ConstantTime.isEqual("caf\u{E9}", "cafe\u{301}"))
        #expect(ConstantTime.isEqual("café", "caf\u{E9}"))
    }
}

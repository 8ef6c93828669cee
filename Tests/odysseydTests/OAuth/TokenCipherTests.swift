import Foundation
import Testing
@testable import odysseyd

/// AES-256-GCM against the published test vectors, and what must fail to open.
@Suite("TokenCipher: AES-256-GCM for tokens at rest")
struct TokenCipherTests {
    func hex(_ text: String) -> [UInt8] { Ed25519PublicKey.bytes(fromHex: text) ?? [] }

    /// McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 14 and 16 (AES-256,
    /// 96-bit IV), which NIST's GCM validation uses too.
    @Test func knownAnswerVectors() throws {
        let zeroKey = try TokenCipher(key: [UInt8](repeating: 0, count: 32))
        let sealed14 = try zeroKey.seal([UInt8](repeating: 0, count: 16), associatedData: [], nonce: [UInt8](repeating: 0, count: 12))
        #expect(sealed14 == [UInt8](repeating: 0, count: 12) + hex("cea7403d4d606b6e074ec5d3baf39d18") + hex("d0d1c8a799996bf0265b98b5d48ab919"))

        let cipher = try TokenCipher(key: hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"))
        let plaintext = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        let aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        let nonce = hex("cafebabefacedbaddecaf888")
        let sealed16 = try cipher.seal(plaintext, associatedData: aad, nonce: nonce)
        let expected = nonce
            + hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
            + hex("76fc6ece0f4e1768cddf8853bb2d551b")
        #expect(sealed16 == expected)
        #expect(try cipher.open(expected, associatedData: aad) == plaintext)
    }

    @Test func roundTripUsesAFreshNonceEachTime() throws {
        let cipher = try TokenCipher(key: try SecureRandom.bytes(32))
        let first = try cipher.seal("access-token", associatedData: "hash-a")
        let second = try cipher.seal("access-token", associatedData: "hash-a")
        #expect(first != second)
        #expect(first.count == 12 + "access-token".utf8.count + 16)
        #expect(try cipher.openText(first, associatedData: "hash-a") == "access-token")
        #expect(try cipher.openText(second, associatedData: "hash-a") == "access-token")
    }

    @Test func tamperingWrongKeyAndOtherRowAllFail() throws {
        let cipher = try TokenCipher(key: try SecureRandom.bytes(32))
        let sealed = try cipher.seal("refresh-token", associatedData: "row-1")
        for index in [0, 12, sealed.count - 1] {  // nonce, ciphertext, tag
            var altered = sealed
            altered[index] ^= 0x01
            #expect(throws: TokenCipherError.authenticationFailed) { try cipher.open(altered, associatedData: Array("row-1".utf8)) }
        }
        #expect(throws: TokenCipherError.authenticationFailed) { try cipher.openText(sealed, associatedData: "row-2") }
        let other = try TokenCipher(key: try SecureRandom.bytes(32))
        #expect(throws: TokenCipherError.authenticationFailed) { try other.openText(sealed, associatedData: "row-1") }
        #expect(throws: TokenCipherError.self) { try cipher.open(Array(sealed.prefix(20)), associatedData: []) }
    }

    @Test func keysAreReadAsHexOrBase64OfExactly32Bytes() throws {
        let bytes = (0..<32).map { UInt8($0) }
        let hexKey = bytes.map { String(format: "%02x", $0) }.joined()
        let fromHex = try TokenCipher(keyText: hexKey)
        let fromBase64 = try TokenCipher(keyText: Data(bytes).base64EncodedString() + "\n")
        let fromBase64URL = try TokenCipher(keyText: Base64URL.encode(bytes))
        let sealed = try fromHex.seal("x", associatedData: "a")
        #expect(try fromBase64.openText(sealed, associatedData: "a") == "x")
        #expect(try fromBase64URL.openText(sealed, associatedData: "a") == "x")

        let short = Data(repeating: 7, count: 16).base64EncodedString()
        #expect { try TokenCipher(keyText: short) } throws: { ($0 as? TokenCipherError)?.description.contains("decodes to 16 bytes") == true }
        #expect { try TokenCipher(keyText: "not a key!") } throws: { ($0 as? TokenCipherError)?.description.contains("64 hexadecimal") == true }
    }
}

import COpenSSL
import Foundation

/// SHA-256 through OpenSSL's libcrypto.
///
/// ```swift
/// let checksum = SHA256Digest.hex(of: Data(sql.utf8))
/// ```
enum SHA256Digest {
    static func hex(of data: Data) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let succeeded = data.withUnsafeBytes { bytes in
            // Unsafe at the C boundary: EVP_Digest reads `count` bytes and writes at most EVP_MAX_MD_SIZE.
            EVP_Digest(bytes.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
        }
        precondition(succeeded == 1, "EVP_Digest(SHA-256) cannot fail on in-memory input")
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }
}

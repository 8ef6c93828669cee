import COpenSSL

/// Bytes from OpenSSL's CSPRNG, for values an attacker must not guess (session ids, nonces).
///
/// ```swift
/// let sessionID = Base64URL.encode(try SecureRandom.bytes(32))
/// ```
enum SecureRandom {
    static func bytes(_ count: Int) throws(SecureRandomError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        // Unsafe at the C boundary: RAND_bytes writes exactly `count` bytes.
        let ok = bytes.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32($0.count)) }
        guard ok == 1 else {
            ERR_clear_error()
            throw SecureRandomError()
        }
        return bytes
    }
}

struct SecureRandomError: Error, CustomStringConvertible {
    var description: String { "OpenSSL's RAND_bytes could not produce random bytes" }
}

import COpenSSL

/// Equality whose running time does not depend on where two byte sequences differ, for comparing
/// a secret (the Faceit webhook secret, a MAC) with what a caller sent: an early-exit `==` tells a
/// timing attacker how many leading bytes they guessed right.
///
/// Only the contents are hidden: sequences of different lengths compare unequal at once, so the
/// length of a secret is not protected. Webhook secrets and MACs are either of a known length or
/// long enough that knowing the length does not help.
///
/// ```swift
/// guard ConstantTime.isEqual(request.headers["X-Faceit-Secret"] ?? "", configuration.faceitSecret) else {
///     return .unauthorized
/// }
/// ```
enum ConstantTime {
    static func isEqual(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        let left = Array(lhs)
        let right = Array(rhs)
        guard left.count == right.count else { return false }
        guard !left.isEmpty else { return true }
        // CRYPTO_memcmp rather than a Swift loop: OpenSSL guarantees it reads every byte (it is
        // written in assembly on common targets), while the Swift optimiser could in principle turn
        // an accumulate-and-compare loop into one that stops at the first difference.
        // Unsafe at the C boundary: both buffers hold exactly `count` bytes.
        return left.withUnsafeBytes { leftBytes in
            right.withUnsafeBytes { rightBytes in
                CRYPTO_memcmp(leftBytes.baseAddress, rightBytes.baseAddress, leftBytes.count) == 0
            }
        }
    }

    /// Compares the UTF-8 bytes, with no Unicode normalisation: a secret is the exact bytes configured.
    static func isEqual(_ lhs: String, _ rhs: String) -> Bool {
        isEqual(lhs.utf8, rhs.utf8)
    }
}

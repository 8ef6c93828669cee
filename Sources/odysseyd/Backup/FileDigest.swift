import COpenSSL
import Foundation

/// Size and SHA-256 of a file, read in 1 MiB chunks on a thread of its own: a dump can be far
/// larger than memory, and hashing it must not hold a thread of Swift's cooperative pool.
///
/// ```swift
/// let (size, sha256) = try await FileDigest.measure("/var/lib/odyssey/backups/odyssey-....dump")
/// ```
enum FileDigest {
    static func measure(_ path: String) async throws -> (size: Int64, sha256: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try measureOnThisThread(path) })
            }
        }
    }

    static func measureOnThisThread(_ path: String) throws -> (size: Int64, sha256: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BackupError.storage("cannot read \(path)")
        }
        defer { try? handle.close() }
        guard let context = EVP_MD_CTX_new() else { throw BackupError.storage("OpenSSL could not allocate a digest") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { throw BackupError.storage("OpenSSL SHA-256 is unavailable") }
        var size: Int64 = 0
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw BackupError.storage("cannot read \(path): \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            size += Int64(chunk.count)
            _ = chunk.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { throw BackupError.storage("OpenSSL SHA-256 failed") }
        return (size, digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined())
    }
}

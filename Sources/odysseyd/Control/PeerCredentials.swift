import NIOCore

#if canImport(Glibc)
import Glibc
#endif

/// Who is on the other end of a control-socket connection, as the kernel says (`SO_PEERCRED`).
struct PeerCredentials: Sendable, Equatable, CustomStringConvertible {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32

    /// Asks the kernel about the peer of a Unix-socket channel.
    static func of(_ channel: any Channel) async throws -> PeerCredentials {
        guard let provider = channel as? any SocketOptionProvider else {
            throw PeerCredentialsError()
        }
        // Unsafe at the C boundary: SO_PEERCRED fills a `struct ucred` (pid_t, uid_t, gid_t);
        // Glibc hides that type without _GNU_SOURCE, so a Swift struct of the same layout stands in.
        let credentials: UCred = try await provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED)
        ).get()
        return PeerCredentials(pid: credentials.pid, uid: credentials.uid, gid: credentials.gid)
    }

    var description: String { "pid=\(pid) uid=\(uid) gid=\(gid)" }
}

/// Linux's `struct ucred`, field for field.
private struct UCred: Sendable {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32
}

struct PeerCredentialsError: Error, CustomStringConvertible {
    var description: String { "the control connection has no peer credentials" }
}

#if canImport(Glibc)
import Glibc
#endif

/// A `sockaddr_un` for a path, and calls that take it as a `sockaddr`.
///
/// ```swift
/// let address = try UnixSocketAddress(path: "/run/odysseyd/control.sock")
/// let result = address.withSockaddr { connect(descriptor, $0, $1) }
/// ```
struct UnixSocketAddress {
    private var storage = sockaddr_un()
    private let length: socklen_t

    /// A leading `@` names a socket in the abstract namespace (as `$NOTIFY_SOCKET` may).
    init(path: String) throws {
        var bytes = Array(path.utf8)
        let isAbstract = bytes.first == UInt8(ascii: "@")
        if isAbstract { bytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: storage.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else { throw UnixSocketAddressError(path: path) }
        storage.sun_family = sa_family_t(AF_UNIX)
        // Unsafe at the C boundary: at most capacity - 1 bytes go into the zeroed sun_path, so a
        // filesystem path stays NUL-terminated.
        withUnsafeMutableBytes(of: &storage.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (isAbstract ? 0 : 1))
    }

    func withSockaddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        withUnsafePointer(to: storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }
}

struct UnixSocketAddressError: Error, CustomStringConvertible {
    let path: String
    var description: String { "\"\(path)\" is not a usable Unix socket path (empty, or 108 bytes or longer)" }
}

import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The control socket's file: its directory, a live socket never stolen, a stale one removed,
/// and the permissions that let the admin group in and everyone else out.
enum ControlSocket {
    /// Prepares `path` for binding: creates the directory (0750) and removes a socket nobody
    /// answers on; throws when another process still listens there.
    static func prepare(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            throw ControlSocketError("\(path) exists and is not a socket; remove it or choose another ODYSSEY_CONTROL_SOCKET")
        }
        switch dial(path) {
        case 0:
            throw ControlSocketError("another odysseyd is already listening on \(path); stop it first (systemctl stop odysseyd)")
        case ECONNREFUSED, ENOENT:
            guard unlink(path) == 0 || errno == ENOENT else {
                throw ControlSocketError("cannot remove the stale socket \(path): \(String(cString: strerror(errno)))")
            }
        case let code:
            throw ControlSocketError("cannot check \(path): \(String(cString: strerror(code)))")
        }
    }

    /// Mode 0660 and the admin group as owner group, once the server has bound the socket.
    static func restrict(path: String, groupID: UInt32?) throws {
        if let groupID, chown(path, uid_t.max, groupID) != 0 {
            throw ControlSocketError("cannot give \(path) to group \(groupID): \(String(cString: strerror(errno)))")
        }
        guard chmod(path, 0o660) == 0 else {
            throw ControlSocketError("cannot set mode 0660 on \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Connects and disconnects; 0 when something listens, else the errno.
    private static func dial(_ path: String) -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        // Unsafe at the C boundary: the path (< 108 bytes, checked by the configuration) is
        // copied into sun_path, which is zeroed, so it stays NUL-terminated.
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        return result == 0 ? 0 : errno
    }
}

struct ControlSocketError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

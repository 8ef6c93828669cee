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
        guard let address = try? UnixSocketAddress(path: path) else { return ENAMETOOLONG }
        return address.withSockaddr { connect(descriptor, $0, $1) } == 0 ? 0 : errno
    }
}

struct ControlSocketError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Foundation
import Shared

/// Nothing answers on the control socket: the daemon is down, elsewhere, or off limits.
///
/// ```swift
/// DaemonUnreachable(socketPath: "/run/odysseyd/control.sock", errno: ENOENT).description
/// // cannot reach odysseyd at /run/odysseyd/control.sock (No such file or directory). ...
/// ```
struct DaemonUnreachable: CommandFailure, Equatable {
    enum Reason: Sendable, Equatable {
        case socketMissing
        case connectionRefused
        case permissionDenied
        case other
    }

    var socketPath: String
    var reason: Reason
    /// What the system said, e.g. `No such file or directory`.
    var detail: String

    init(socketPath: String, reason: Reason, detail: String) {
        self.socketPath = socketPath
        self.reason = reason
        self.detail = detail
    }

    init(socketPath: String, errno code: Int32) {
        let reason: Reason = switch code {
        case ENOENT, ENOTDIR: .socketMissing
        case ECONNREFUSED: .connectionRefused
        case EACCES, EPERM: .permissionDenied
        default: .other
        }
        self.init(socketPath: socketPath, reason: reason, detail: String(cString: strerror(code)))
    }

    var exitCode: OdysseyExitCode { .unavailable }

    var description: String {
        let advice = switch reason {
        case .permissionDenied:
            "Run odysseyctl as root or as a user in the odyssey group."
        case .socketMissing, .connectionRefused, .other:
            "Is the daemon running?"
        }
        return "cannot reach odysseyd at \(socketPath) (\(detail)). \(advice) Check: systemctl status odysseyd"
    }
}

import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The systemd notify protocol, spoken directly: datagrams to `$NOTIFY_SOCKET` (no libsystemd).
/// Outside systemd every call does nothing.
///
/// ```swift
/// let notifier = SystemdNotifier()
/// notifier.send("READY=1", "STATUS=running")
/// ```
struct SystemdNotifier: Sendable {
    let socketPath: String?
    /// Half of `$WATCHDOG_USEC`, when systemd asked this process for keep-alives.
    let watchdogInterval: Duration?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        socketPath = path
        let forThisProcess = environment["WATCHDOG_PID"].map { Int32($0) == getpid() } ?? true
        if path != nil, forThisProcess, let usec = environment["WATCHDOG_USEC"].flatMap(Int64.init), usec > 0 {
            watchdogInterval = .microseconds(usec / 2)
        } else {
            watchdogInterval = nil
        }
    }

    /// Sends `KEY=value` lines as one datagram; failures are returned, never fatal.
    @discardableResult
    func send(_ assignments: String...) -> Bool {
        guard let socketPath else { return false }
        let message = assignments.joined(separator: "\n")
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard let address = try? UnixSocketAddress(path: socketPath) else { return false }
        let sent = message.withCString { text in
            address.withSockaddr { sendto(descriptor, text, strlen(text), Int32(MSG_NOSIGNAL), $0, $1) }
        }
        return sent >= 0
    }

    /// `MONOTONIC_USEC` for `RELOADING=1`, as systemd (Type=notify-reload) asks.
    static var monotonicMicroseconds: UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}

import Foundation
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// Plays systemd's side of the notify protocol: a datagram socket a daemon sends `READY=1` to.
final class NotifySocket: @unchecked Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let bound = try UnixSocketAddress(path: path).withSockaddr { bind(descriptor, $0, $1) }
        guard bound == 0 else { throw ShellError(description: "cannot bind \(path): \(String(cString: strerror(errno)))") }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// The next datagram, or nil when none comes within `timeout` seconds.
    func receive(timeout seconds: Int32) async -> String? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { [self] in
                var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&pollDescriptor, 1, seconds * 1000) == 1 else { return continuation.resume(returning: nil) }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = recv(descriptor, &buffer, buffer.count, 0)
                continuation.resume(returning: count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : nil)
            }
        }
    }

    /// Datagrams until one contains `needle`; nil if the timeout passes first.
    func receive(containing needle: String, timeout seconds: Int32) async -> String? {
        while let message = await receive(timeout: seconds) {
            if message.contains(needle) { return message }
        }
        return nil
    }
}

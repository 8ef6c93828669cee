import Glibc

/// Raw Unix stream sockets (Linux) for test fixtures: a bound socket file with or without a listener.
///
/// ```swift
/// let socket = try UnixSocket.bind(to: path)   // file exists, connect() is refused
/// try socket.listen()                           // now connect() succeeds
/// ```
struct UnixSocket: ~Copyable {
    let descriptor: Int32

    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    static func bind(to path: String) throws -> UnixSocket {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            throw Failure(call: "bind \(path)", code: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: bytes)
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(call: "bind \(path)", code: code)
        }
        return UnixSocket(descriptor: descriptor)
    }

    func listen() throws {
        guard Glibc.listen(descriptor, 8) == 0 else { throw Failure(call: "listen", code: errno) }
    }

    /// Blocks until a client connects; nil once `shutdown()` stopped the listener.
    func accept() -> Int32? {
        let connection = Glibc.accept(descriptor, nil, nil)
        return connection >= 0 ? connection : nil
    }

    /// Wakes a thread blocked in `accept()`.
    func shutdown() {
        _ = Glibc.shutdown(descriptor, Int32(SHUT_RDWR))
    }

    deinit {
        close(descriptor)
    }
}

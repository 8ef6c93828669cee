import Foundation
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

@Suite("Control socket access rules")
struct ControlAccessTests {
    let policy = ControlAccessPolicy(daemonUID: 990, adminGroupID: 995) { uid, primary in
        uid == 1001 ? [primary, 995] : [primary]
    }

    @Test func rootAndTheDaemonUserMayWrite() {
        #expect(policy.mayWrite(PeerCredentials(pid: 1, uid: 0, gid: 0)))
        #expect(policy.mayWrite(PeerCredentials(pid: 1, uid: 990, gid: 990)))
    }

    @Test func adminGroupMembersMayWriteByPrimaryOrSupplementaryGroup() {
        #expect(policy.mayWrite(PeerCredentials(pid: 1, uid: 1000, gid: 995)))
        #expect(policy.mayWrite(PeerCredentials(pid: 1, uid: 1001, gid: 1001)))
    }

    @Test func everyoneElseMayNot() {
        #expect(!policy.mayWrite(PeerCredentials(pid: 1, uid: 1002, gid: 1002)))
        let noGroup = ControlAccessPolicy(daemonUID: 990, adminGroupID: nil) { _, primary in [primary] }
        #expect(!noGroup.mayWrite(PeerCredentials(pid: 1, uid: 1002, gid: 995)))
    }

    @Test func systemGroupsIncludeThePrimaryGroup() {
        #expect(ControlAccessPolicy.systemGroups(uid: 0, primaryGID: 0).contains(0))
    }
}

@Suite("Control socket file")
final class ControlSocketTests {
    private let directory = "/tmp/odyssey-ctl-\(UUID().uuidString.prefix(8))"

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func temporarySocketPath() -> String {
        directory + "/control.sock"
    }

    @Test func createsTheDirectoryWithMode0750() throws {
        let path = temporarySocketPath()
        try ControlSocket.prepare(path: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory)
        #expect((attributes[.posixPermissions] as? Int) == 0o750)
    }

    @Test func liveSocketIsNeverStolen() throws {
        let path = temporarySocketPath()
        try ControlSocket.prepare(path: path)
        let listener = try UnixListener(path: path, listening: true)
        defer { listener.close() }
        let error = #expect(throws: ControlSocketError.self) { try ControlSocket.prepare(path: path) }
        #expect(error?.description.contains("already listening") == true)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func staleSocketIsRemoved() throws {
        let path = temporarySocketPath()
        try ControlSocket.prepare(path: path)
        let listener = try UnixListener(path: path, listening: false)
        listener.close()
        #expect(FileManager.default.fileExists(atPath: path))
        try ControlSocket.prepare(path: path)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func regularFileIsLeftAlone() throws {
        let path = temporarySocketPath()
        try ControlSocket.prepare(path: path)
        try "not a socket".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ControlSocketError.self) { try ControlSocket.prepare(path: path) }
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

/// A bare Unix stream socket: listening (a live daemon) or only bound (what a crash leaves).
struct UnixListener {
    let descriptor: Int32

    init(path: String, listening: Bool) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        let bound = try UnixSocketAddress(path: path).withSockaddr { bind(descriptor, $0, $1) }
        guard bound == 0, !listening || listen(descriptor, 1) == 0 else {
            throw ShellError(description: "cannot bind \(path): \(String(cString: strerror(errno)))")
        }
    }

    func close() {
        Glibc.close(descriptor)
    }
}

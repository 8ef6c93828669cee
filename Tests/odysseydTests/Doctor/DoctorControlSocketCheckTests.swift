import Foundation
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

@Suite("Doctor control socket check")
struct DoctorControlSocketCheckTests {
    /// A bound Unix socket in a fresh 0750 directory, as the daemon leaves it before `restrict`.
    func withSocket(_ body: (String) async throws -> Void) async throws {
        let directory = "/tmp/odyssey-doctor-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/control.sock"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        let address = try UnixSocketAddress(path: path)
        #expect(address.withSockaddr { bind(descriptor, $0, $1) } == 0)
        try await body(path)
    }

    /// The name of this process's primary group, so the socket's group matches without chown.
    var ownGroup: String { String(cString: getgrgid(getegid())!.pointee.gr_name) }

    @Test func wrongModeFailsRightModePasses() async throws {
        try await withSocket { path in
            chmod(path, 0o666)
            let open = await ControlSocketCheck(path: path, adminGroup: ownGroup).run()
            #expect(open.status == .failure)
            #expect(open.details.contains { $0.contains("mode 0666, expected 0660") })
            try ControlSocket.restrict(path: path, groupID: getegid())
            let restricted = await ControlSocketCheck(path: path, adminGroup: ownGroup).run()
            #expect(restricted.status == .ok, "\(restricted)")
        }
    }

    @Test func missingSocketOrGroup() async throws {
        #expect(await ControlSocketCheck(path: "/tmp/no-such-dir-\(UUID())/control.sock", adminGroup: "odyssey").run().status == .failure)
        try await withSocket { path in
            try ControlSocket.restrict(path: path, groupID: nil)
            let noGroup = await ControlSocketCheck(path: path, adminGroup: "no-such-group-odyssey").run()
            #expect(noGroup.status == .warning)
        }
    }
}

import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// dist/'s sysusers.d and tmpfiles.d entries applied by systemd's own tools to an empty root
/// directory. Root only: tmpfiles hands the directories to root:odyssey with chown.
@Suite("Packaging: sysusers.d and tmpfiles.d")
struct PackagingSystemdFilesTests {
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-sysusers")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-tmpfiles")

    @Test(.enabled(if: available && getuid() == 0, "needs root and systemd (scripts/install-dependencies installs systemd)"))
    func theUserAndTheConfigurationDirectoriesAreCreated() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("odyssey-root-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/etc", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dist = TestPaths.packageRoot + "/dist/"

        let sysusers = try await Shell.runCapturing("/usr/bin/systemd-sysusers", ["--root=\(root)", dist + "odyssey.sysusers"])
        #expect(sysusers.status == 0, "\(sysusers.stderr)")
        let passwd = try String(contentsOfFile: root + "/etc/passwd", encoding: .utf8)
        let group = try String(contentsOfFile: root + "/etc/group", encoding: .utf8)
        #expect(passwd.split(separator: "\n").contains { $0.hasPrefix("odyssey:") && $0.hasSuffix(":/usr/sbin/nologin") }, "\(passwd)")
        #expect(group.split(separator: "\n").contains { $0.hasPrefix("odyssey:") }, "\(group)")

        let tmpfiles = try await Shell.runCapturing("/usr/bin/systemd-tmpfiles", ["--root=\(root)", "--create", dist + "odyssey.tmpfiles"])
        #expect(tmpfiles.status == 0, "\(tmpfiles.stderr)")
        let configuration = try FileManager.default.attributesOfItem(atPath: root + "/etc/odyssey")
        let credentials = try FileManager.default.attributesOfItem(atPath: root + "/etc/odyssey/credentials")
        #expect((configuration[.posixPermissions] as? Int) == 0o750)
        #expect((credentials[.posixPermissions] as? Int) == 0o700)
    }
}

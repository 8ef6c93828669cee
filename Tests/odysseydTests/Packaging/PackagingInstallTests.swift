import Foundation
import Testing

/// `make install` with the debug build (SKIP_BUILD=1, BINDIR_SOURCE), into a staging directory.
@Suite("Packaging: make install and uninstall")
struct PackagingInstallTests {
    static let installedFiles = [
        "usr/bin/odysseyd", "usr/bin/odysseyctl",
        "usr/share/man/man1/odysseyctl.1", "usr/share/man/man5/odysseyd.conf.5", "usr/share/man/man8/odysseyd.8",
        "usr/share/bash-completion/completions/odysseyctl", "usr/share/zsh/vendor-completions/_odysseyctl",
        "usr/share/fish/vendor_completions.d/odysseyctl.fish",
        "usr/lib/systemd/system/odysseyd.service", "usr/lib/sysusers.d/odyssey.conf", "usr/lib/tmpfiles.d/odyssey.conf",
        "usr/share/doc/odyssey/odysseyd.env.example", "usr/share/odyssey/migrations/0001_foundation.sql",
    ]

    static func make(_ target: String, destination: String, prefix: String) async throws -> String {
        let binaries = URL(fileURLWithPath: TestPaths.executable("odysseyd")).deletingLastPathComponent().path
        return try await Shell.run("/usr/bin/make", [
            "-C", TestPaths.packageRoot, "--no-print-directory", target,
            "DESTDIR=\(destination)", "PREFIX=\(prefix)", "SKIP_BUILD=1", "BINDIR_SOURCE=\(binaries)",
        ])
    }

    static func stagingDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("odyssey-install-\(UUID().uuidString)").path
    }

    static func files(under root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { path in
                var directory: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &directory) && !directory.boolValue
            }
            .sorted()
    }

    @Test func installPutsEveryFileWhereDebianExpectsIt() async throws {
        let root = Self.stagingDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try await Self.make("install", destination: root, prefix: "/usr")

        let installed = Self.files(under: root)
        for file in Self.installedFiles {
            #expect(installed.contains(file), "make install did not install \(file)")
        }
        let migrations = try FileManager.default.contentsOfDirectory(atPath: TestPaths.migrations).filter { $0.hasSuffix(".sql") }
        #expect(installed.filter { $0.hasPrefix("usr/share/odyssey/migrations/") }.count == migrations.count)
        #expect(installed.allSatisfy { $0.hasPrefix("usr/") }, "outside /usr: \(installed.filter { !$0.hasPrefix("usr/") })")
        #expect(FileManager.default.isExecutableFile(atPath: root + "/usr/bin/odysseyctl"))
        let unit = try String(contentsOfFile: root + "/usr/lib/systemd/system/odysseyd.service", encoding: .utf8)
        #expect(unit == (try String(contentsOfFile: TestPaths.packageRoot + "/dist/odysseyd.service", encoding: .utf8)))

        _ = try await Self.make("uninstall", destination: root, prefix: "/usr")
        #expect(Self.files(under: root) == [])
    }

    @Test func anotherPrefixKeepsSystemdFilesUnderUsrLib() async throws {
        let root = Self.stagingDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try await Self.make("install", destination: root, prefix: "/usr/local")

        let installed = Self.files(under: root)
        #expect(installed.contains("usr/local/bin/odysseyd"))
        #expect(installed.contains("usr/local/share/odyssey/migrations/0001_foundation.sql"))
        #expect(installed.contains("usr/lib/systemd/system/odysseyd.service"))
        let unit = try String(contentsOfFile: root + "/usr/lib/systemd/system/odysseyd.service", encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/local/bin/odysseyd --env-file"))
    }
}

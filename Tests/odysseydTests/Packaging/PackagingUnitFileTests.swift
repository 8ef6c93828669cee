import Foundation
import Testing

/// The systemd unit as systemd itself reads it. `scripts/install-dependencies` installs
/// `systemd` for `systemd-analyze`; the tests are skipped only where it is genuinely missing.
@Suite("Packaging: the systemd unit")
struct PackagingUnitFileTests {
    static let analyze = "/usr/bin/systemd-analyze"
    static let available = FileManager.default.isExecutableFile(atPath: analyze)
    static var unitPath: String { TestPaths.packageRoot + "/dist/odysseyd.service" }

    @Test func declaresWhatTheIssueAsksFor() throws {
        let unit = try String(contentsOfFile: Self.unitPath, encoding: .utf8)
        for line in ["Type=notify", "WatchdogSec=", "RuntimeDirectory=odysseyd", "StateDirectory=odyssey", "User=odyssey", "Group=odyssey",
                     "ProtectSystem=strict", "NoNewPrivileges=yes"] {
            #expect(unit.contains("\n" + line), "dist/odysseyd.service lacks \(line)")
        }
    }

    /// `verify` checks that ExecStart= exists, so it reads a copy that starts the built daemon.
    @Test(.enabled(if: available, "systemd-analyze is not installed (scripts/install-dependencies installs systemd)"))
    func systemdAnalyzeVerifyFindsNothing() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("odyssey-unit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let unit = try String(contentsOfFile: Self.unitPath, encoding: .utf8)
            .replacingOccurrences(of: "ExecStart=/usr/bin/odysseyd", with: "ExecStart=\(TestPaths.executable("odysseyd"))")
        try unit.write(toFile: directory + "/odysseyd.service", atomically: true, encoding: .utf8)

        let result = try await Shell.runCapturing(Self.analyze, ["verify", "--man=no", directory + "/odysseyd.service"])
        #expect(result.status == 0)
        // Unknown keys and bad values are only warnings (exit 0), so any output is a failure.
        #expect(result.stderr.isEmpty, "systemd-analyze verify: \(result.stderr)")
    }

    /// 1.6 ("OK") when written; the threshold catches a hardening option lost on the way.
    @Test(.enabled(if: available, "systemd-analyze is not installed (scripts/install-dependencies installs systemd)"))
    func exposureStaysLow() async throws {
        let result = try await Shell.runCapturing(Self.analyze, ["security", "--offline=yes", "--threshold=20", Self.unitPath])
        #expect(result.status == 0, "systemd-analyze security: \(result.stdout.split(separator: "\n").last ?? "") \(result.stderr)")
        #expect(result.stdout.contains("Overall exposure level for odysseyd.service"))
    }
}

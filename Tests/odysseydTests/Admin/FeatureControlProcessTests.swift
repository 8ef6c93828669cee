import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// `odysseyctl feature` and `odysseyctl audit` against a running odysseyd.
@Suite("Feature switches, end to end")
struct FeatureControlProcessTests {
    @Test func switchAFeatureOffInOneServerAndSeeItAudited() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await DaemonProcessTests.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            #expect(try await daemon.ctl("migrate").status == 0)

            let off = try await daemon.json(FeatureSetReport.self, "feature", "set", "dice", "off", "--guild", "500")
            #expect(off.changed == ["dice"])
            #expect(off.report.features.first { $0.name == "dice" }?.enabled == false)
            let elsewhere = try await daemon.json(FeatureListReport.self, "feature", "ls", "--guild", "501")
            #expect(elsewhere.features.first { $0.name == "dice" }?.enabled == true)

            let text = try await daemon.ctl("feature", "ls", "--guild", "500")
            #expect(text.status == 0 && text.stdout.contains("dice"), "\(text)")
            #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix("dice") && $0.contains("off") && $0.contains("guild") },
                    "\(text.stdout)")

            let unknown = try await daemon.ctl("feature", "set", "juggling", "on")
            #expect(unknown.status == OdysseyExitCode.failed.rawValue)
            #expect(unknown.stderr.contains("unknown feature \"juggling\""), "\(unknown.stderr)")

            let audit = try await daemon.json(AuditReport.self, "audit", "--guild", "500")
            let entry = try #require(audit.entries.first)
            #expect(audit.entries.count == 1)
            #expect(entry.action == "feature.disable" && entry.target == "dice" && entry.source == "odysseyctl")
            #expect(entry.actor.hasPrefix("uid \(getuid())"), "\(entry.actor)")

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
        }
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// `odysseyctl doctor` against a running daemon on a fresh database.
@Suite("Doctor end to end", .serialized)
struct DoctorProcessTests {
    @Test func doctorOnAFreshDatabaseExits2AndNamesTheFailingChecks() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await DaemonProcessTests.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }

            // Maintenance: doctor still answers, and says why.
            let fresh = try await daemon.ctl("doctor", "--json")
            #expect(fresh.status == OdysseyExitCode.problemsFound.rawValue)
            let report = try ControlJSON.decoder.decode(DoctorReport.self, from: Data(fresh.stdout.utf8))
            let status = Dictionary(uniqueKeysWithValues: report.checks.map { ($0.name, $0.status) })
            #expect(status["migrations"] == .failure)
            #expect(status["discord-token"] == .failure, "no DISCORD_TOKEN in the test environment")
            #expect(status["setup"] == .warning, "not checked in maintenance")
            #expect(status["control-socket"] != nil)

            let list = try await daemon.ctl("doctor", "--list-checks", "--json")
            #expect(list.status == 0)
            let checks = try ControlJSON.decoder.decode(DoctorCheckListResponse.self, from: Data(list.stdout.utf8))
            #expect(checks.checks.map(\.name) == report.checks.map(\.name))

            let unknown = try await daemon.ctl("doctor", "no-such-check")
            #expect(unknown.status == OdysseyExitCode.usage.rawValue)
            #expect(unknown.stderr.contains("migrations"), "names the known checks")

            // Migrated but not seeded: the setup check fails by name; seeded, it passes.
            #expect(try await daemon.ctl("migrate").status == 0)
            let setup = try await daemon.ctl("doctor", "setup")
            #expect(setup.status == OdysseyExitCode.problemsFound.rawValue)
            #expect(setup.stdout.contains("[✗] Setup rows"))
            #expect(setup.stdout.contains("✗ fix: Run `odysseyctl seed`"))
            #expect(try await daemon.ctl("seed").status == 0)
            let seeded = try await daemon.ctl("doctor", "setup")
            #expect(seeded.status == 0, "\(seeded.stdout)")
            #expect(seeded.stdout.contains("No issues found!"))

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
        }
    }
}

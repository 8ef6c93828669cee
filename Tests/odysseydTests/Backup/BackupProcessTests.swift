import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// `odysseyctl backup` against a real odysseyd: the daemon runs pg_dump and pg_restore.
@Suite("Backup: odysseyctl backup end to end")
struct BackupProcessTests {
    @Test func createListRestoreAndSchedule() async throws {
        let backups = FileManager.default.temporaryDirectory.appendingPathComponent("odyssey-e2e-backups-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: backups) }
        try await TestDatabase.with { database, pool in
            let daemon = try await DaemonProcessTests.start(
                database: database, extraEnvironment: ["ODYSSEY_AUTO_MIGRATE": "true", "ODYSSEY_BACKUP_DIR": backups, "ODYSSEY_BACKUP_KEEP": "2"]
            )
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            func json<Value: Decodable>(_ type: Value.Type, _ arguments: String...) async throws -> Value {
                let result = try await Shell.runCapturing(TestPaths.executable("odysseyctl"), arguments + ["--json", "--socket", daemon.socket])
                #expect(result.status == 0, "odysseyctl \(arguments): \(result.stderr)")
                return try ControlJSON.decoder.decode(Value.self, from: Data(result.stdout.utf8))
            }

            _ = try await pool.query("CREATE TABLE backup_probe (id integer PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())")
            _ = try await pool.query("INSERT INTO backup_probe (id) VALUES (1)")
            let first = try await json(BackupCreateResponse.self, "backup", "create")
            _ = try await json(BackupCreateResponse.self, "backup", "create")
            let third = try await json(BackupCreateResponse.self, "backup", "create")
            #expect(third.pruned == [first.backup.name], "ODYSSEY_BACKUP_KEEP=2")
            let listed = try await json(BackupListResponse.self, "backup", "ls")
            #expect(listed.directory == backups && listed.keep == 2 && listed.backups.count == 2)
            #expect(listed.backups.last == third.backup && third.backup.complete)

            // A row written after the backup: the live database is newer.
            _ = try await pool.query("INSERT INTO backup_probe (id) VALUES (2)")
            let refused = try await daemon.ctl("backup", "restore", third.backup.name)
            #expect(refused.status == OdysseyExitCode.failed.rawValue)
            #expect(refused.stderr.contains("the live database is newer than the backup"), "\(refused.stderr)")
            let forced = try await json(BackupRestoreResponse.self, "backup", "restore", third.backup.name, "--force")
            #expect(!forced.overridden.isEmpty)
            #expect(try await pool.query("SELECT count(*) FROM backup_probe").first?.decode(Int.self, at: 0) == 1)

            let unknown = try await daemon.ctl("backup", "restore", "odyssey-nope")
            #expect(unknown.status == OdysseyExitCode.failed.rawValue)
            #expect(unknown.stderr.contains("no backup named odyssey-nope.dump"), "\(unknown.stderr)")

            // The hourly schedule does not exist until asked for, then is an ordinary schedule.
            let before = try await json(ScheduleListResponse.self, "schedule", "ls")
            #expect(!before.schedules.contains { $0.name == "backup.create" })
            let on = try await json(ScheduleSummary.self, "backup", "schedule", "on")
            #expect(on.name == "backup.create" && on.jobName == "backup.create" && on.enabled && on.nextRunAt != nil, "\(on)")
            let off = try await json(ScheduleSummary.self, "schedule", "off", "backup.create")
            #expect(!off.enabled)

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
        }
    }
}

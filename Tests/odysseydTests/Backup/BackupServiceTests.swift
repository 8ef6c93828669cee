import Foundation
import Testing
@testable import odysseyd

@Suite("Backup: pg_dump into the backup directory, pg_restore back")
struct BackupServiceTests {
    @Test func createWritesTheDumpAndItsSidecar() async throws {
        try await BackupTestSupport.with { service, pool in
            _ = try await pool.query("INSERT INTO backup_probe (id) VALUES (1), (2)")
            let created = try await service.create()

            let latest = try BackupTestSupport.latestMigration()
            #expect(created.name.hasPrefix("odyssey-") && created.name.hasSuffix(String(format: "-%04d.dump", latest)))
            let path = service.store.path(of: created.name)
            let (size, digest) = try FileDigest.measureOnThisThread(path)
            var sidecar = try service.store.readMetadata(of: created.name)
            // The sidecar keeps milliseconds; the rest must match exactly.
            #expect(abs(sidecar.createdAt.timeIntervalSince(created.metadata.createdAt)) < 0.001)
            sidecar.createdAt = created.metadata.createdAt
            #expect(sidecar == created.metadata)
            #expect(sidecar.sizeBytes == size && sidecar.sha256 == digest)
            let whole = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(digest == SHA256Digest.hex(of: whole) && size == Int64(whole.count))
            #expect(sidecar.lastMigration == latest)
            #expect(sidecar.database.hasPrefix("odyssey_test_"))
            #expect(sidecar.dataWatermark != nil)
            // No temporary file is left behind.
            let files = try FileManager.default.contentsOfDirectory(atPath: service.store.directory).sorted()
            #expect(files == [BackupName.sidecar(of: created.name), created.name].sorted())
            #expect(try service.store.list().map(\.name) == [created.name])
        }
    }

    @Test func retentionKeepsTheNewest() async throws {
        try await BackupTestSupport.with(keep: 2) { service, _ in
            let first = try await service.create()
            let second = try await service.create()
            let third = try await service.create()
            #expect(third.pruned == [first.name])
            #expect(try service.store.list().map(\.name) == [second.name, third.name])
            #expect(!FileManager.default.fileExists(atPath: service.store.path(of: BackupName.sidecar(of: first.name))))
        }
    }

    @Test func restoreBringsBackTheRows() async throws {
        try await BackupTestSupport.with { service, pool in
            _ = try await pool.query("INSERT INTO backup_probe (id) VALUES (1), (2)")
            let created = try await service.create()
            // A delete leaves no timestamp behind, so the live database does not count as newer.
            _ = try await pool.query("DELETE FROM backup_probe")

            let restored = try await service.restore(created.name, force: false)
            #expect(restored.overridden.isEmpty)
            #expect(try await BackupTestSupport.probeIDs(pool) == [1, 2])
            // Restored rows keep their timestamps: restoring the same backup again is allowed.
            _ = try await service.restore(String(created.name.dropLast(BackupName.suffix.count)), force: false)
            #expect(try await BackupTestSupport.probeIDs(pool) == [1, 2])
        }
    }

    @Test func restoreRefusesANewerDatabaseUnlessForced() async throws {
        try await BackupTestSupport.with { service, pool in
            _ = try await pool.query("INSERT INTO backup_probe (id) VALUES (1)")
            let created = try await service.create()
            _ = try await pool.query("INSERT INTO backup_probe (id) VALUES (2)")

            await #expect {
                try await service.restore(created.name, force: false)
            } throws: { error in
                guard case BackupError.newerDatabase(let reason) = error else { return false }
                return reason.contains("rows written at")
            }
            #expect(try await BackupTestSupport.probeIDs(pool) == [1, 2])

            let forced = try await service.restore(created.name, force: true)
            #expect(!forced.overridden.isEmpty)
            #expect(try await BackupTestSupport.probeIDs(pool) == [1])
        }
    }

    @Test func restoreRefusesALaterMigration() async throws {
        try await BackupTestSupport.with { service, pool in
            let created = try await service.create()
            // As if a newer release had migrated the database since; no watermark column moves.
            let latest = try BackupTestSupport.latestMigration()
            _ = try await pool.query("UPDATE \(Migrator.table) SET version = 9999 WHERE version = $1", [latest])
            await #expect(throws: BackupError.newerDatabase("it has migration 9999 applied, the backup only \(latest)")) {
                try await service.restore(created.name, force: false)
            }
        }
    }

    @Test func unknownInvalidAndDamagedBackupsAreNamed() async throws {
        try await BackupTestSupport.with { service, _ in
            let created = try await service.create()
            await #expect(throws: BackupError.notFound(name: "odyssey-nope.dump", directory: service.store.directory)) {
                try await service.restore("odyssey-nope", force: false)
            }
            await #expect(throws: BackupError.invalidName("../etc/passwd")) {
                try await service.restore("../etc/passwd", force: false)
            }
            try Data("not a dump".utf8).write(to: URL(fileURLWithPath: service.store.path(of: created.name)))
            await #expect {
                try await service.restore(created.name, force: true)
            } throws: { error in
                guard case BackupError.damaged(let name, _) = error else { return false }
                return name == created.name
            }
        }
    }
}

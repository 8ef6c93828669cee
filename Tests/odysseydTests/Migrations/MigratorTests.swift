import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Migrations")
struct MigratorTests {
    static func file(_ version: Int, _ name: String, _ sql: String) -> MigrationFile {
        MigrationFile(version: version, name: name, sql: sql, checksum: SHA256Digest.hex(of: Data(sql.utf8)))
    }

    static let first = file(1, "create_a", "CREATE TABLE a (id int PRIMARY KEY);")
    static let second = file(2, "create_b", "CREATE TABLE b (id int PRIMARY KEY); INSERT INTO b VALUES (1);")

    @Test func appliesPendingInOrderThenReportsCurrent() async throws {
        try await TestDatabase.with { _, pool in
            let migrator = Migrator(pool: pool, files: [Self.first, Self.second], logger: .test)
            #expect(try await migrator.status().pending.map(\.version) == [1, 2])

            let applied = try await migrator.apply()
            #expect(applied.appliedNow == [1, 2])
            #expect(applied.migrations.allSatisfy { $0.state == .applied && $0.appliedAt != nil })

            let again = try await migrator.apply()
            #expect(again.appliedNow.isEmpty)
            #expect(try await pool.firstValue(Int.self, "SELECT count(*)::int AS n FROM b") == 1)
        }
    }

    @Test func theShippedMigrationsApplyToAnEmptyDatabase() async throws {
        try await TestDatabase.with { _, pool in
            let files = try MigrationDirectory.load(from: TestPaths.migrations)
            #expect(!files.isEmpty)
            let report = try await Migrator(pool: pool, files: files, logger: .test).apply()
            #expect(report.pending.isEmpty && report.problems.isEmpty)
        }
    }

    @Test func changedChecksumIsReportedAndNeverReRun() async throws {
        try await TestDatabase.with { _, pool in
            _ = try await Migrator(pool: pool, files: [Self.first], logger: .test).apply()
            let edited = Self.file(1, "create_a", "CREATE TABLE a (id int PRIMARY KEY, extra text);")
            let migrator = Migrator(pool: pool, files: [edited, Self.second], logger: .test)

            let status = try await migrator.status()
            #expect(status.migrations.first?.state == .changed)
            let error = await #expect(throws: MigrationError.self) { try await migrator.apply() }
            #expect(error?.description.contains("0001_create_a.sql was edited after it was applied") == true)
            // Nothing after the drift ran either.
            #expect(try await pool.firstValue(Bool.self, "SELECT to_regclass('b') IS NULL AS absent") == true)
        }
    }

    @Test func appliedVersionUnknownToThisDaemonIsAProblem() async throws {
        try await TestDatabase.with { _, pool in
            _ = try await Migrator(pool: pool, files: [Self.first, Self.second], logger: .test).apply()
            let older = Migrator(pool: pool, files: [Self.first], logger: .test)
            let status = try await older.status()
            #expect(status.problems.map(\.state) == [.missing])
            await #expect(throws: MigrationError.self) { try await older.apply() }
        }
    }

    @Test func failingMigrationRollsBackAndIsNotRecorded() async throws {
        try await TestDatabase.with { _, pool in
            let broken = Self.file(2, "broken", "CREATE TABLE c (id int); SELECT no_such_function();")
            let migrator = Migrator(pool: pool, files: [Self.first, broken], logger: .test)
            let error = await #expect(throws: MigrationError.self) { try await migrator.apply() }
            #expect(error?.description.contains("0002_broken.sql failed and was rolled back") == true)
            let status = try await migrator.status()
            #expect(status.migrations.map(\.state) == [.applied, .pending])
            #expect(try await pool.firstValue(Bool.self, "SELECT to_regclass('c') IS NULL AS absent") == true)
            // The advisory lock was released: another migrator gets it at once.
            #expect(try await pool.firstValue(Bool.self, "SELECT pg_try_advisory_lock($1) AS got", [Migrator.lockKey]) == true)
        }
    }

    @Test func concurrentMigratorsApplyEachFileOnce() async throws {
        try await TestDatabase.with { database, pool in
            // A slow first file makes the two runs overlap.
            let slow = Self.file(1, "slow", "SELECT pg_sleep(0.3); CREATE TABLE a (id int PRIMARY KEY);")
            let otherPool = PostgresPool(settings: database.settings, size: 2, logger: .test)
            let first = Migrator(pool: pool, files: [slow, Self.second], logger: .test)
            let second = Migrator(pool: otherPool, files: [slow, Self.second], logger: .test)
            async let one = first.apply()
            async let two = second.apply()
            let reports = try await [one, two]
            await otherPool.close()
            #expect(reports.flatMap(\.appliedNow).sorted() == [1, 2], "each version applied by exactly one migrator")
            #expect(try await pool.firstValue(Int.self, "SELECT count(*)::int AS n FROM \(Migrator.table)") == 2)
        }
    }

    @Test(arguments: ["1_short.sql", "0001-dash.sql", "0001_Upper.sql", "0000_zero.sql", "abcd_x.sql", "0001_.sql"])
    func badFileNamesAreRejected(name: String) {
        #expect(throws: MigrationError.self) { try MigrationDirectory.parseFileName(name) }
    }

    @Test func directoryRejectsDuplicateVersions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("migrations-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "SELECT 1;".write(to: directory.appendingPathComponent("0001_one.sql"), atomically: true, encoding: .utf8)
        try "SELECT 2;".write(to: directory.appendingPathComponent("0001_again.sql"), atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.self) { try MigrationDirectory.load(from: directory.path) }
    }
}

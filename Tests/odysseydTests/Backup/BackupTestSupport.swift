import Foundation
@testable import odysseyd

/// A migrated throwaway database with a probe table, and a backup service writing into a
/// temporary directory of its own.
enum BackupTestSupport {
    static func with<Value: Sendable>(keep: Int = 24, _ body: (BackupService, PostgresPool) async throws -> Value) async throws -> Value {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("odyssey-backups-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try await TestDatabase.with { database, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            _ = try await pool.query("CREATE TABLE backup_probe (id integer PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())")
            let service = BackupService(pool: pool, settings: database.settings, store: BackupStore(directory: directory), keep: keep, logger: .test)
            return try await body(service, pool)
        }
    }

    /// The newest migration the package ships, which a migrated test database has applied.
    static func latestMigration() throws -> Int {
        try MigrationDirectory.load(from: TestPaths.migrations).map(\.version).max() ?? 0
    }

    static func probeIDs(_ pool: PostgresPool) async throws -> [Int] {
        try await pool.query("SELECT id FROM backup_probe ORDER BY id").rows.map { try $0.decode(Int.self, at: 0) }
    }
}

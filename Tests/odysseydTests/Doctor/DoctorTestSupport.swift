import Foundation
import Logging
@testable import odysseyd

/// A migrated (and, unless told otherwise, seeded) throwaway database for doctor's checks.
///
/// ```swift
/// try await DoctorDatabase.with { pool in
///     #expect(await SetupCheck(database: pool, schemaReady: { true }).run().status == .ok)
/// }
/// ```
enum DoctorDatabase {
    static func with(seeded: Bool = true, _ body: (PostgresPool) async throws -> Void) async throws {
        try await TestDatabase.with { _, pool in
            _ = try await migrator(pool).apply()
            if seeded { _ = try await Seeder(database: pool, logger: .test).seed() }
            try await body(pool)
        }
    }

    static func migrator(_ pool: PostgresPool) throws -> Migrator {
        Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test)
    }

    /// Switches features on or off in `feature_flags`.
    static func set(_ features: [String], enabled: Bool, on pool: PostgresPool) async throws {
        _ = try await pool.query("UPDATE feature_flags SET enabled = $1 WHERE name = ANY($2::text[])", [enabled, features])
    }
}

extension SandboxWorld {
    /// Changes a guild of the sandbox in place (a test revoking a permission, reordering roles).
    func editGuild(_ id: UInt64, _ change: @Sendable (inout SandboxGuild) -> Void) {
        guard let index = guilds.firstIndex(where: { $0.id == id }) else { return }
        change(&guilds[index])
    }
}

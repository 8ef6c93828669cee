import Foundation
import Shared

/// Control API answers as the daemon would send them, shared by the renderer and client tests.
enum Fixtures {
    static let startedAt = Date(timeIntervalSince1970: 1_763_780_000)  // 2025-11-22T02:53:20Z

    static let healthyStatus = StatusResponse(
        version: "0.1.0", pid: 4242, startedAt: startedAt, uptime: 11_520, state: .running,
        db: "ok", discord: "ready", boss: "ok", pendingMigrations: 0, problems: []
    )

    static let maintenanceStatus = StatusResponse(
        version: "0.1.0", pid: 4242, startedAt: startedAt, uptime: 42, state: .maintenance,
        db: "ok", discord: "not_ready", boss: "fail", pendingMigrations: 2,
        problems: ["0001_foundation.sql changed since it was applied", "database: connection reset"]
    )

    static let foundation = MigrationEntry(
        version: 1, name: "foundation", state: .applied, checksum: "aa",
        appliedAt: Date(timeIntervalSince1970: 1_763_700_000), durationMilliseconds: 120
    )
    static let jobs = MigrationEntry(
        version: 2, name: "jobs", state: .applied, checksum: "bb",
        appliedAt: Date(timeIntervalSince1970: 1_763_780_000), durationMilliseconds: 1_250
    )
    static let pendingJobs = MigrationEntry(version: 2, name: "jobs", state: .pending, checksum: "bb")
    static let changedFoundation = MigrationEntry(
        version: 1, name: "foundation", state: .changed, checksum: "cc",
        appliedAt: Date(timeIntervalSince1970: 1_763_700_000)
    )

    static let currentSchema = MigrationReport(migrations: [foundation, jobs])
    static let pendingSchema = MigrationReport(migrations: [foundation, pendingJobs])
    static let appliedJustNow = MigrationReport(migrations: [foundation, jobs], appliedNow: [1, 2])

    static let firstSeed = SeedReport(rows: [
        SeedChange(table: "settings", key: "default_locale", action: .inserted),
        SeedChange(table: "feature_flags", key: "welcome", action: .inserted),
        SeedChange(table: "settings", key: "timezone", action: .unchanged),
    ])
    static let repeatedSeed = SeedReport(rows: [
        SeedChange(table: "settings", key: "default_locale", action: .unchanged),
        SeedChange(table: "feature_flags", key: "welcome", action: .unchanged),
    ])

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try ControlJSON.encoder.encode(value), as: UTF8.self)
    }
}

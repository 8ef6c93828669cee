import Foundation
import Logging
import Shared

/// Writes the setup rows of ``SetupCatalog``, the default feature flags and the recurring
/// schedules of ``ScheduleCatalog``, in one transaction,
/// without touching a row that exists: a second run changes nothing and says so.
///
/// ```swift
/// let report = try await Seeder(database: pool, logger: logger).seed()
/// report.changedAnything   // false on the second run
/// ```
struct Seeder: Sendable {
    let database: PostgresPool
    let logger: Logger

    func seed() async throws -> SeedReport {
        let rows = try await database.withTransaction { tx in
            var rows: [SeedChange] = []
            for setting in SetupCatalog.settings {
                let inserted = try await tx.query(
                    "INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING",
                    [setting.key, setting.json]
                ).affectedRows
                rows.append(SeedChange(table: "settings", key: setting.key, action: inserted == 1 ? .inserted : .unchanged))
            }
            for feature in FeatureCatalog.all {
                let inserted = try await tx.query(
                    "INSERT INTO feature_flags (name, enabled) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
                    [feature.name, feature.enabledByDefault]
                ).affectedRows
                rows.append(SeedChange(table: "feature_flags", key: feature.name, action: inserted == 1 ? .inserted : .unchanged))
            }
            for schedule in try await Scheduler.seed(on: tx, now: Date()) {
                rows.append(SeedChange(table: "job_schedules", key: schedule.name, action: schedule.inserted ? .inserted : .unchanged))
            }
            return rows
        }
        let report = SeedReport(rows: rows)
        logger.notice("seeded", metadata: ["inserted": "\(report.insertedCount)", "unchanged": "\(rows.count - report.insertedCount)"])
        return report
    }
}

import Foundation
import Logging
import Shared

/// Brings the schema up to the migrations this daemon ships: each file in its own transaction,
/// all under one advisory lock, with its checksum recorded.
///
/// ```swift
/// let migrator = Migrator(pool: pool, files: try MigrationDirectory.load(from: dir), logger: logger)
/// let report = try await migrator.apply()
/// ```
struct Migrator: Sendable {
    /// `pg_advisory_lock` key shared by every odysseyd migrating this database ("odys").
    static let lockKey: Int64 = 0x6F64_7973
    static let table = "odyssey_schema_migrations"

    let pool: PostgresPool
    let files: [MigrationFile]
    let logger: Logger

    /// What is applied, pending, changed or missing; reads only, takes no lock.
    func status() async throws -> MigrationReport {
        try await pool.withConnection { session in
            MigrationReport(migrations: try await entries(session))
        }
    }

    /// Applies every pending migration in version order. Refuses when an applied file changed.
    func apply() async throws -> MigrationReport {
        try await pool.withConnection { session in
            // Migrations may run longer than the statement timeout meant for requests.
            try await session.execute("SET statement_timeout = 0")
            _ = try await session.query("SELECT pg_advisory_lock($1)", [Self.lockKey])
            do {
                let report = try await applyLocked(session)
                try await releaseLock(session)
                return report
            } catch {
                try? await releaseLock(session)
                throw error
            }
        }
    }

    private func applyLocked(_ session: PostgresSession) async throws -> MigrationReport {
        try await session.execute("""
            CREATE TABLE IF NOT EXISTS \(Self.table) (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                duration_ms integer NOT NULL
            )
            """)
        let before = MigrationReport(migrations: try await entries(session))
        guard before.problems.isEmpty else {
            throw MigrationError.drift(before.problems.map(Self.explain))
        }
        var appliedNow: [Int] = []
        for entry in before.pending {
            guard let file = files.first(where: { $0.version == entry.version }) else { continue }
            let started = ContinuousClock.now
            logger.info("applying migration", metadata: ["migration": "\(file.fileName)"])
            do {
                try await session.execute("BEGIN")
                try await session.execute(file.sql, timeout: .seconds(24 * 3600))
                let elapsed = started.duration(to: .now)
                let milliseconds = Int(elapsed.milliseconds)
                _ = try await session.query(
                    "INSERT INTO \(Self.table) (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)",
                    [file.version, file.name, file.checksum, milliseconds]
                )
                try await session.execute("COMMIT")
                logger.notice("applied migration", metadata: ["migration": "\(file.fileName)", "duration_ms": "\(milliseconds)"])
                appliedNow.append(file.version)
            } catch {
                try? await session.execute("ROLLBACK")
                throw MigrationError.failed(file.fileName, error: error)
            }
        }
        return MigrationReport(migrations: try await entries(session), appliedNow: appliedNow)
    }

    private func releaseLock(_ session: PostgresSession) async throws {
        _ = try await session.query("SELECT pg_advisory_unlock($1)", [Self.lockKey])
        try await session.execute("SET statement_timeout = \(pool.settings.statementTimeoutMilliseconds)")
    }

    /// Joins the files on disk with the rows in the bookkeeping table.
    private func entries(_ session: PostgresSession) async throws -> [MigrationEntry] {
        let exists = try await session.query("SELECT to_regclass($1) IS NOT NULL AS present", [Self.table])
        var applied: [Int: (name: String, checksum: String, appliedAt: Date, duration: Int)] = [:]
        if try exists.first?.decode(Bool.self, column: "present") == true {
            for row in try await session.query("SELECT version, name, checksum, applied_at, duration_ms FROM \(Self.table)").rows {
                applied[try row.decode(Int.self, column: "version")] = (
                    try row.decode(String.self, column: "name"), try row.decode(String.self, column: "checksum"),
                    try row.decode(Date.self, column: "applied_at"), try row.decode(Int.self, column: "duration_ms")
                )
            }
        }
        var entries = files.map { file -> MigrationEntry in
            guard let record = applied[file.version] else {
                return MigrationEntry(version: file.version, name: file.name, state: .pending, checksum: file.checksum)
            }
            return MigrationEntry(
                version: file.version, name: file.name,
                state: record.checksum == file.checksum ? .applied : .changed,
                checksum: file.checksum, appliedAt: record.appliedAt, durationMilliseconds: record.duration
            )
        }
        let known = Set(files.map(\.version))
        for (version, record) in applied where !known.contains(version) {
            entries.append(MigrationEntry(
                version: version, name: record.name, state: .missing, checksum: record.checksum,
                appliedAt: record.appliedAt, durationMilliseconds: record.duration
            ))
        }
        return entries.sorted { $0.version < $1.version }
    }

    static func explain(_ entry: MigrationEntry) -> String {
        switch entry.state {
        case .changed: "\(entry.fileName) was edited after it was applied (checksum differs); add a new migration instead"
        case .missing: "\(entry.fileName) is applied in the database but not shipped with this daemon (is it older than the schema?)"
        case .applied, .pending: "\(entry.fileName) is \(entry.state.rawValue)"
        }
    }
}

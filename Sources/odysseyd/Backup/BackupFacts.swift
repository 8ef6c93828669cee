/// What restore compares: the schema version and the data watermark of a database, read in one
/// snapshot.
///
/// The watermark is the latest value of the "something was written" timestamps
/// (``watermarkColumns``) across the public tables. Restored rows keep their timestamps, so
/// right after a restore the live watermark equals the dump's; any row written since raises it.
/// Deletes leave no timestamp, so a database whose only change is a delete is not seen as newer.
///
/// ```swift
/// let facts = try await BackupFacts.read(session)
/// print(facts.lastMigration ?? 0, facts.watermark ?? "empty")
/// ```
struct BackupFacts: Sendable, Equatable {
    var lastMigration: Int?
    var lastMigrationName: String?
    /// PostgreSQL's timestamptz text; nil when no table has such a row.
    var watermark: String?

    /// Columns that record a write when it happens; planned times (`start_after`, `expires_at`)
    /// would put the watermark in the future and are left out.
    static let watermarkColumns = ["created_at", "updated_at", "applied_at", "completed_at", "started_at", "finished_at", "revoked_at", "refreshed_at"]

    static func read(_ database: some PostgresQuerying) async throws -> BackupFacts {
        var facts = BackupFacts()
        let migrations = try await database.query("SELECT to_regclass('public.\(Migrator.table)') IS NOT NULL")
        if try migrations.first?.decode(Bool.self, at: 0) == true {
            if let row = try await database.query("SELECT version, name FROM \(Migrator.table) ORDER BY version DESC LIMIT 1").first {
                facts.lastMigration = try row.decode(Int.self, column: "version")
                facts.lastMigrationName = try row.decode(String.self, column: "name")
            }
        }
        let columns = watermarkColumns.map { "'\($0)'" }.joined(separator: ", ")
        let selects = try await database.query("""
            SELECT format('SELECT max(%I) FROM %I.%I', c.column_name, c.table_schema, c.table_name)
            FROM information_schema.columns c
            JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND c.data_type = 'timestamp with time zone' AND c.column_name IN (\(columns))
            ORDER BY c.table_name, c.column_name
            """).rows.map { try $0.decode(String.self, at: 0) }
        if !selects.isEmpty {
            let union = selects.joined(separator: " UNION ALL ")
            facts.watermark = try await database.query("SELECT max(t)::text FROM (\(union)) AS s(t)").first?.decode(String?.self, at: 0)
        }
        return facts
    }

    /// Why `live` is newer than a dump with `backup`'s facts; empty when it is not.
    static func reasons(live: BackupFacts, backup: BackupMetadata, database: some PostgresQuerying) async throws -> [String] {
        var reasons: [String] = []
        if let version = live.lastMigration, version > (backup.lastMigration ?? 0) {
            reasons.append("it has migration \(version) applied, the backup only \(backup.lastMigration.map(String.init) ?? "none")")
        }
        if let liveMark = live.watermark {
            if let backupMark = backup.dataWatermark {
                let later = try await database.query("SELECT $1::timestamptz > $2::timestamptz", [liveMark, backupMark]).first?.decode(Bool.self, at: 0) ?? false
                if later { reasons.append("it has rows written at \(liveMark), after the backup's latest (\(backupMark))") }
            } else {
                reasons.append("it has rows written at \(liveMark) and the backup has none")
            }
        }
        return reasons
    }
}

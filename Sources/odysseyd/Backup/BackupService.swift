import Foundation
import Logging

/// Backups of the daemon's own database with PostgreSQL's tools: `pg_dump --format=custom` into
/// ``BackupStore``, and `pg_restore` back into the live database in one transaction.
///
/// Restore goes into the live database (`--clean --if-exists --single-transaction`): either the
/// whole backup is in, or nothing changed. It is refused while the live database is newer than
/// the backup (``BackupFacts``) unless forced, the seed's "restore unless the live store is more
/// up to date".
///
/// ```swift
/// let backups = BackupService(pool: pool, settings: configuration.database,
///                             store: BackupStore(directory: configuration.backupDirectory), keep: 24, logger: logger)
/// let made = try await backups.create()
/// let restored = try await backups.restore(made.name, force: false)
/// ```
struct BackupService: Sendable {
    let pool: PostgresPool
    let settings: ConnectionSettings
    let store: BackupStore
    let keep: Int
    let logger: Logger

    struct Created: Sendable {
        let name: String
        let metadata: BackupMetadata
        /// Older dumps deleted by retention.
        let pruned: [String]
    }

    struct Restored: Sendable {
        let name: String
        let metadata: BackupMetadata
        /// Why the live database counted as newer, when `force` overrode it.
        let overridden: [String]
    }

    func create() async throws -> Created {
        try store.prepare()
        let tools = try PostgresTools.locate()
        let target = try PostgresTools.Target(settings: settings)
        // The facts and the dump must describe the same data: pg_dump joins this transaction's
        // exported snapshot, which lives as long as the transaction stays open.
        let (name, metadata) = try await pool.withTransaction { session in
            try await session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            guard let row = try await session.query("SELECT pg_export_snapshot(), current_database(), current_setting('server_version')").first else {
                throw BackupError.toolFailed("PostgreSQL returned no snapshot")
            }
            let snapshot = try row.decode(String.self, at: 0)
            let facts = try await BackupFacts.read(session)
            let createdAt = Date()
            let name = BackupName.make(at: createdAt, schemaVersion: facts.lastMigration)
            let temporary = store.path(of: ".\(name).partial")
            defer { unlink(temporary) }
            var arguments = ["--format=custom", "--no-password", "--snapshot=\(snapshot)", "--file=\(temporary)"]
            if !target.conninfo.isEmpty { arguments.append("--dbname=\(target.conninfo)") }
            let result = try await ChildProcess.run(tools.dump, arguments, environment: target.environment)
            guard result.status == 0 else {
                throw BackupError.toolFailed("pg_dump failed (exit \(result.status)): \(result.standardError)")
            }
            let (size, digest) = try await FileDigest.measure(temporary)
            let metadata = BackupMetadata(
                createdAt: createdAt, database: try row.decode(String.self, at: 1), lastMigration: facts.lastMigration,
                lastMigrationName: facts.lastMigrationName, dataWatermark: facts.watermark, sizeBytes: size, sha256: digest,
                serverVersion: try row.decode(String.self, at: 2)
            )
            try store.commit(temporary: temporary, as: name, metadata: metadata)
            return (name, metadata)
        }
        let pruned = try store.prune(keep: keep)
        logger.notice("backup created", metadata: ["backup": "\(name)", "bytes": "\(metadata.sizeBytes)", "pruned": "\(pruned.count)"])
        return Created(name: name, metadata: metadata, pruned: pruned)
    }

    func restore(_ requested: String, force: Bool) async throws -> Restored {
        let name = try BackupName.validated(requested)
        let metadata = try await store.verified(name)
        let tools = try PostgresTools.locate()
        let target = try PostgresTools.Target(settings: settings)
        let reasons = try await pool.withTransaction { session in
            try await session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try await BackupFacts.reasons(live: try await BackupFacts.read(session), backup: metadata, database: session)
        }
        if !reasons.isEmpty && !force {
            throw BackupError.newerDatabase(reasons.joined(separator: "; "))
        }
        var arguments = ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", "--no-password"]
        if !target.conninfo.isEmpty { arguments.append("--dbname=\(target.conninfo)") }
        arguments.append(store.path(of: name))
        logger.notice("restoring backup", metadata: ["backup": "\(name)", "forced_over": "\(reasons.joined(separator: "; "))"])
        let result = try await ChildProcess.run(tools.restore, arguments, environment: target.environment)
        guard result.status == 0 else {
            throw BackupError.toolFailed("pg_restore failed (exit \(result.status)); it ran in one transaction, so nothing was changed: \(result.standardError)")
        }
        logger.notice("backup restored", metadata: ["backup": "\(name)"])
        return Restored(name: name, metadata: metadata, overridden: reasons)
    }
}

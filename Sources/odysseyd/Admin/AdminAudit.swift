import Foundation
import Shared

/// The administrators' audit trail (`admin_audit`): every change made through `odysseyctl` or
/// `/admin`, written on the caller's transaction so it commits or rolls back with the change.
///
/// ```swift
/// try await pool.withTransaction { tx in
///     try await tx.query("UPDATE …")
///     try await AdminAudit.record(AdminAuditEntry(action: "feature.set", target: "dice", before: .bool(true), after: .bool(false)),
///                                 guild: guild, by: actor, at: Date(), on: tx)
/// }
/// let recent = try await AdminAudit(database: pool).list(guild: guild, limit: 50)
/// ```
struct AdminAudit: Sendable {
    let database: any PostgresQuerying

    static func record(action: String, target: String, before: JSONValue?, after: JSONValue?, guild: Snowflake?,
                       by actor: AdminActor, at date: Date, on session: some PostgresQuerying) async throws {
        _ = try await session.query("""
            INSERT INTO admin_audit (at, source, actor, guild_id, action, target, before, after)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)
            """, [date, actor.source.rawValue, actor.name, guild, action, target, try before.map(Self.json), try after.map(Self.json)])
    }

    /// Newest first; `guild` nil means every guild and the global changes.
    func list(guild: Snowflake?, limit: Int) async throws -> [AuditEntryReport] {
        try await database.query("""
            SELECT id, at, source, actor, guild_id, action, target, before::text AS before, after::text AS after
            FROM admin_audit WHERE $1::bigint IS NULL OR guild_id = $1 ORDER BY at DESC, id DESC LIMIT $2
            """, [guild, limit]).rows.map { row in
            AuditEntryReport(
                id: try row.decode(column: "id"), at: try row.decode(column: "at"), source: try row.decode(column: "source"),
                actor: try row.decode(column: "actor"), guildId: try row.decode(Snowflake?.self, column: "guild_id")?.description,
                action: try row.decode(column: "action"), target: try row.decode(column: "target"),
                before: try row.decode(String?.self, column: "before").map(Self.value),
                after: try row.decode(String?.self, column: "after").map(Self.value))
        }
    }

    private static func json(_ value: JSONValue) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func value(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}

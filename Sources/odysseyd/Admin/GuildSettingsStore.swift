import Foundation
import Shared

/// Every per-guild setting (``GuildSettingsStore/Key``) through one code path: read from its
/// typed column, validated by its ``GuildSettingKind``, written with the change recorded in the
/// admin audit trail (before and after) in the same transaction. `/admin config` and
/// `odysseyctl config` both go through here.
///
/// ```swift
/// let store = GuildSettingsStore(pool: pool, queue: queue)
/// let locale = try await store.value(of: .locale, guild: guild)          // "ru"
/// let change = try await store.set(.timezone, to: "Europe/Moscow", guild: guild, by: actor, at: Date())
/// _ = try await store.set(.hostRole, to: "unset", guild: guild, by: actor, at: Date())
/// ```
struct GuildSettingsStore: Sendable {
    struct InvalidValue: Error, CustomStringConvertible {
        let description: String
    }

    /// What a `set` did; `before` and `after` are nil for a cleared optional setting.
    struct Change: Sendable, Equatable {
        let before: String?
        let after: String?
        var changed: Bool { before != after }
    }

    let pool: PostgresPool
    /// Enqueues the stage queue message's refresh with a stage queue change, in its transaction,
    /// as `/sign-up setup` does (a new sign-up channel moves the message); nil refreshes nothing.
    var queue: JobQueue? = nil

    /// The stored value, or the key's default (nil: not set, the feature's own fallback applies).
    func value(of key: Key, guild: Snowflake) async throws -> String? {
        try await Self.value(of: key, guild: guild, lock: false, on: pool)
    }

    /// Every key's value, in ``Key`` order.
    func values(guild: Snowflake) async throws -> [(key: Key, value: String?)] {
        var values: [(key: Key, value: String?)] = []
        for key in Key.allCases { values.append((key, try await value(of: key, guild: guild))) }
        return values
    }

    /// The role whose members may use `/admin` besides those with Manage Server.
    func adminRole(guild: Snowflake) async throws -> Snowflake? {
        try await value(of: .adminRole, guild: guild).flatMap(Snowflake.init)
    }

    /// Validates `text` (throwing ``InvalidValue`` before anything is written), stores it and
    /// audits the change; an unchanged value writes nothing to the audit trail.
    @discardableResult
    func set(_ key: Key, to text: String, guild: Snowflake, by actor: AdminActor, at date: Date) async throws -> Change {
        let parsed = try key.kind.parse(text, key: key.rawValue)
        return try await pool.withTransaction { session in
            let before = try await Self.value(of: key, guild: guild, lock: true, on: session)
            // Table and column come from the closed Key enum, never from input.
            _ = try await session.query("""
                INSERT INTO \(key.table) (guild_id, \(key.column), updated_at) VALUES ($1, $2, $3)
                ON CONFLICT (guild_id) DO UPDATE SET \(key.column) = EXCLUDED.\(key.column), updated_at = EXCLUDED.updated_at
                """, [guild, parsed.parameter, date])
            let change = Change(before: before, after: parsed.text ?? key.defaultValue)
            if change.changed, key.table == "stage_queue_settings", let queue {
                try await StageQueueStore(pool: pool, queue: queue).enqueueRefresh(guild: guild, on: session)
            }
            if change.changed {
                try await AdminAudit.record(action: "config.set", target: key.rawValue, before: before.map(JSONValue.string),
                                            after: change.after.map(JSONValue.string), guild: guild, by: actor, at: date, on: session)
            }
            return change
        }
    }

    private static func value(of key: Key, guild: Snowflake, lock: Bool, on session: some PostgresQuerying) async throws -> String? {
        let row = try await session.query("SELECT \(key.column) FROM \(key.table) WHERE guild_id = $1\(lock ? " FOR UPDATE" : "")", [guild]).first
        return try row.flatMap { try key.kind.text(in: $0, column: key.column) } ?? key.defaultValue
    }
}

import Foundation
import Shared

/// The per-guild settings `/admin config` reads and writes (`guild_settings`): the locale
/// (`ru`, the default, or `en`) and the time zone schedules of that guild run in. Each change is
/// validated first and audited in the same transaction.
///
/// ```swift
/// let store = GuildSettingsStore(pool: pool)
/// let locale = try await store.value(of: .locale, guild: guild)          // "ru"
/// _ = try await store.set(.timezone, to: "Europe/Moscow", guild: guild, by: actor, at: Date())
/// ```
struct GuildSettingsStore: Sendable {
    enum Key: String, CaseIterable, Sendable {
        case locale
        case timezone

        /// Nil when `value` is acceptable, else what is expected.
        func problem(with value: String) -> String? {
            switch self {
            case .locale:
                ["ru", "en"].contains(value) ? nil : "locale must be ru or en"
            case .timezone:
                (value.contains("/") || value == "UTC") && TimeZone(identifier: value) != nil
                    ? nil : "timezone must be an IANA zone such as Europe/Moscow or UTC"
            }
        }
    }

    struct InvalidValue: Error, CustomStringConvertible {
        let description: String
    }

    let pool: PostgresPool

    /// The stored value, or the default (`ru`; no time zone: the `default_timezone` setting applies).
    func value(of key: Key, guild: Snowflake) async throws -> String? {
        let row = try await pool.query("SELECT locale, timezone FROM guild_settings WHERE guild_id = $1", [guild]).first
        switch key {
        case .locale: return try row?.decode(String.self, column: "locale") ?? "ru"
        case .timezone: return try row?.decode(String?.self, column: "timezone")
        }
    }

    /// Returns the value before the change.
    func set(_ key: Key, to value: String, guild: Snowflake, by actor: AdminActor, at date: Date) async throws -> String? {
        if let problem = key.problem(with: value) { throw InvalidValue(description: problem) }
        return try await pool.withTransaction { session in
            let current = try await session.query("SELECT locale, timezone FROM guild_settings WHERE guild_id = $1 FOR UPDATE", [guild]).first
            let before: String? = switch key {
            case .locale: try current?.decode(String.self, column: "locale") ?? "ru"
            case .timezone: try current?.decode(String?.self, column: "timezone")
            }
            // The column name comes from the closed Key enum, never from input.
            _ = try await session.query("""
                INSERT INTO guild_settings (guild_id, \(key.rawValue), created_at, updated_at) VALUES ($1, $2, $3, $3)
                ON CONFLICT (guild_id) DO UPDATE SET \(key.rawValue) = EXCLUDED.\(key.rawValue), updated_at = EXCLUDED.updated_at
                """, [guild, value, date])
            if before != value {
                try await AdminAudit.record(action: "config.set", target: key.rawValue, before: before.map(JSONValue.string),
                                            after: .string(value), guild: guild, by: actor, at: date, on: session)
            }
            return before
        }
    }
}

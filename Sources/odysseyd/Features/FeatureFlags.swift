import Foundation
import Shared

/// Which features are on: globally (`feature_flags`, what `seed` writes) and per guild
/// (`guild_feature_flags`). A guild's own switch wins, then the global flag, then the catalog
/// default. Changes are written with their audit entries in one transaction.
///
/// ```swift
/// let flags = FeatureFlags(database: pool)
/// let on = try await flags.isEnabled("dice", guild: guild)
/// let report = try await flags.set(["dice"], enabled: false, guild: guild, by: .member(user), at: Date(), pool: pool)
/// ```
struct FeatureFlags: Sendable {
    let database: any PostgresQuerying

    /// The globally enabled features (what the invite asks permissions for).
    func enabledNames() async throws -> [String] {
        try await states(guild: nil).filter(\.enabled).map(\.name)
    }

    /// Every catalog feature with its state in `guild` (nil: globally). Summaries are English:
    /// these reports are for the operator's CLI and control API.
    func states(guild: Snowflake?) async throws -> [FeatureStateReport] {
        var global: [String: Bool] = [:]
        for row in try await database.query("SELECT name, enabled FROM feature_flags").rows {
            global[try row.decode(String.self, column: "name")] = try row.decode(Bool.self, column: "enabled")
        }
        var local: [String: Bool] = [:]
        if let guild {
            for row in try await database.query("SELECT feature, enabled FROM guild_feature_flags WHERE guild_id = $1", [guild]).rows {
                local[try row.decode(String.self, column: "feature")] = try row.decode(Bool.self, column: "enabled")
            }
        }
        return FeatureCatalog.all.map { feature in
            if let enabled = local[feature.name] {
                return FeatureStateReport(name: feature.name, summary: feature.summary(in: .en), enabled: enabled, source: .guild)
            }
            if let enabled = global[feature.name] {
                return FeatureStateReport(name: feature.name, summary: feature.summary(in: .en), enabled: enabled, source: .global)
            }
            return FeatureStateReport(name: feature.name, summary: feature.summary(in: .en), enabled: feature.enabledByDefault, source: .default)
        }
    }

    /// One feature in one guild, in one query; `core` is always on.
    func isEnabled(_ feature: String, guild: Snowflake?) async throws -> Bool {
        guard feature != FeatureCatalog.core.name, let catalog = FeatureCatalog.feature(named: feature) else { return true }
        let row = try await database.query("""
            SELECT coalesce((SELECT enabled FROM guild_feature_flags WHERE guild_id = $1 AND feature = $2),
                            (SELECT enabled FROM feature_flags WHERE name = $2), $3) AS enabled
            """, [guild, feature, catalog.enabledByDefault]).first
        return try row?.decode(Bool.self, column: "enabled") ?? catalog.enabledByDefault
    }

    /// Switches `names` (nil: every feature) on or off in `guild` (nil: globally), auditing each
    /// feature whose state changes; returns the names that changed. Unknown names throw
    /// ``UnknownFeature`` before anything is written.
    func set(_ names: [String]?, enabled: Bool, guild: Snowflake?, by actor: AdminActor, at date: Date,
             pool: PostgresPool) async throws -> [String] {
        let targets = names ?? FeatureCatalog.all.map(\.name)
        if let unknown = targets.first(where: { FeatureCatalog.feature(named: $0) == nil || $0 == FeatureCatalog.core.name }) {
            throw UnknownFeature(name: unknown)
        }
        return try await pool.withTransaction { session in
            let before = Dictionary(uniqueKeysWithValues: try await FeatureFlags(database: session).states(guild: guild).map { ($0.name, $0.enabled) })
            var changed: [String] = []
            for name in targets {
                if let guild {
                    _ = try await session.query("""
                        INSERT INTO guild_feature_flags (guild_id, feature, enabled, updated_at) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (guild_id, feature) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at
                        """, [guild, name, enabled, date])
                } else {
                    _ = try await session.query("""
                        INSERT INTO feature_flags (name, enabled, updated_at) VALUES ($1, $2, $3)
                        ON CONFLICT (name) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at
                        """, [name, enabled, date])
                }
                guard before[name] != enabled else { continue }
                changed.append(name)
                try await AdminAudit.record(action: enabled ? "feature.enable" : "feature.disable", target: name,
                                            before: before[name].map(JSONValue.bool), after: .bool(enabled),
                                            guild: guild, by: actor, at: date, on: session)
            }
            return changed
        }
    }
}

/// A feature name the catalog does not have (or `core`, which cannot be switched).
struct UnknownFeature: Error, CustomStringConvertible {
    let name: String

    var description: String {
        "unknown feature \"\(name)\"; features: \(FeatureCatalog.all.map(\.name).joined(separator: ", "))"
    }
}

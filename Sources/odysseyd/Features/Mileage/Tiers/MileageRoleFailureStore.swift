import Foundation

/// Tier roles the bot could not grant or take away (`mileage_role_failures`): what `doctor`
/// shows an operator ("move the Odyssey role above Veteran"), kept until a sync succeeds.
///
/// ```swift
/// let failures = MileageRoleFailureStore(database: pool)
/// for failure in try await failures.all() { print(failure.roleID, failure.error, failure.attempts) }
/// ```
struct MileageRoleFailureStore: Sendable {
    struct Failure: Sendable, Hashable, Codable {
        var guildID: Snowflake
        var userID: Snowflake
        var roleID: Snowflake
        var error: String
        var firstSeenAt: Date
        var lastSeenAt: Date
        var attempts: Int
    }

    let database: any PostgresQuerying

    func record(guild: Snowflake, user: Snowflake, role: Snowflake, error: String, at date: Date) async throws {
        _ = try await database.query("""
            INSERT INTO mileage_role_failures (guild_id, user_id, role_id, error, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)
            ON CONFLICT (guild_id, user_id, role_id) DO UPDATE SET error = EXCLUDED.error, last_seen_at = EXCLUDED.last_seen_at,
                attempts = mileage_role_failures.attempts + 1
            """, [guild, user, role, String(error.prefix(500)), date])
    }

    func clear(guild: Snowflake, user: Snowflake, role: Snowflake) async throws {
        _ = try await database.query("DELETE FROM mileage_role_failures WHERE guild_id = $1 AND user_id = $2 AND role_id = $3",
                                     [guild, user, role])
    }

    /// Clears a member's failures for roles that no longer need changing (or a member who left).
    func clear(guild: Snowflake, user: Snowflake, except roles: Set<Snowflake> = []) async throws {
        _ = try await database.query("""
            DELETE FROM mileage_role_failures WHERE guild_id = $1 AND user_id = $2 AND NOT (role_id = ANY($3::bigint[]))
            """, [guild, user, Array(roles)])
    }

    /// Every open failure, oldest first (for `doctor`).
    func all(guild: Snowflake? = nil, limit: Int = 100) async throws -> [Failure] {
        try await database.query("""
            SELECT guild_id, user_id, role_id, error, first_seen_at, last_seen_at, attempts FROM mileage_role_failures
            WHERE $1::bigint IS NULL OR guild_id = $1 ORDER BY first_seen_at, guild_id, user_id, role_id LIMIT $2
            """, [guild, limit]).rows.map { row in
            Failure(guildID: try row.decode(column: "guild_id"), userID: try row.decode(column: "user_id"),
                    roleID: try row.decode(column: "role_id"), error: try row.decode(column: "error"),
                    firstSeenAt: try row.decode(column: "first_seen_at"), lastSeenAt: try row.decode(column: "last_seen_at"),
                    attempts: try row.decode(column: "attempts"))
        }
    }

    /// One line per open failure for `doctor`, saying what to fix, in `language` (English for
    /// `odysseyctl doctor`). Discord's error stays as it answered.
    func doctorFindings(limit: Int = 20, in language: Language = .en) async throws -> [String] {
        let say = DoctorText(language)
        return try await all(limit: limit).map { failure in
            say(MessageKeys.DoctorChecks.mileageRolesFinding, [
                "role": failure.roleID.description, "user": failure.userID.description, "guild": failure.guildID.description,
                "since": ISO8601DateFormatter().string(from: failure.firstSeenAt),
                "attempts": say.plural(MessageKeys.DoctorChecks.mileageRolesAttempts, failure.attempts), "error": failure.error,
            ])
        }
    }

    /// The members with open failures, for the hourly retry.
    func members() async throws -> [(guild: Snowflake, user: Snowflake)] {
        try await database.query("SELECT DISTINCT guild_id, user_id FROM mileage_role_failures ORDER BY guild_id, user_id").rows
            .map { (try $0.decode(column: "guild_id"), try $0.decode(column: "user_id")) }
    }
}

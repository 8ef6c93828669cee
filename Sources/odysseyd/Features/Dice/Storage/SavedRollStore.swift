import Foundation

/// Saved rolls in `dice_saved_rolls`, per Discord user (they follow the player across servers).
/// Names compare case-insensitively; saving an existing name replaces its expression.
///
/// ```swift
/// let store = SavedRollStore(database: pool)
/// let outcome = try await store.save(SavedRoll(name: "attack", expression: "1d20+5"), user: ada, at: Date())
/// let attack = try await store.find("Attack", user: ada)
/// ```
struct SavedRollStore: Sendable {
    /// Also the most choices autocomplete can offer.
    static let maximumPerUser = 25

    enum SaveOutcome: Sendable, Equatable {
        case created
        case replaced
        case limitReached
    }

    let database: any PostgresQuerying

    func save(_ roll: SavedRoll, user: Snowflake, at date: Date) async throws -> SaveOutcome {
        // The count and the insert are one statement; a concurrent save may overshoot by one,
        // which a soft limit tolerates.
        let result = try await database.query("""
            INSERT INTO dice_saved_rolls (user_id, name, expression, created_at, updated_at)
            SELECT $1, $2, $3, $4, $4
            WHERE EXISTS (SELECT 1 FROM dice_saved_rolls WHERE user_id = $1 AND lower(name) = lower($2))
               OR (SELECT count(*) FROM dice_saved_rolls WHERE user_id = $1) < $5
            ON CONFLICT (user_id, lower(name)) DO UPDATE
            SET name = EXCLUDED.name, expression = EXCLUDED.expression, updated_at = EXCLUDED.updated_at
            RETURNING (xmax = 0) AS created
            """, [user, roll.name, roll.expression, date, Self.maximumPerUser])
        guard let row = result.first else { return .limitReached }
        return try row.decode(Bool.self, column: "created") ? .created : .replaced
    }

    func find(_ name: String, user: Snowflake) async throws -> SavedRoll? {
        try await database.query(
            "SELECT name, expression FROM dice_saved_rolls WHERE user_id = $1 AND lower(name) = lower($2)", [user, name]
        ).rows.map(Self.savedRoll).first
    }

    /// Alphabetical.
    func list(user: Snowflake) async throws -> [SavedRoll] {
        try await database.query(
            "SELECT name, expression FROM dice_saved_rolls WHERE user_id = $1 ORDER BY lower(name)", [user]
        ).rows.map(Self.savedRoll)
    }

    /// Whether there was one to delete.
    func delete(_ name: String, user: Snowflake) async throws -> Bool {
        try await database.query(
            "DELETE FROM dice_saved_rolls WHERE user_id = $1 AND lower(name) = lower($2)", [user, name]
        ).affectedRows > 0
    }

    private static func savedRoll(_ row: PostgresRow) throws -> SavedRoll {
        SavedRoll(name: try row.decode(column: "name"), expression: try row.decode(column: "expression"))
    }
}

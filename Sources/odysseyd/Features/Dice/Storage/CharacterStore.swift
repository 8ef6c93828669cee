import Foundation

/// Characters in `dice_characters`, per Discord user, at most one of them active. A player's
/// first character becomes active, so initiative has something to use from the start.
///
/// ```swift
/// let store = CharacterStore(database: pool)
/// _ = try await store.add(name: "Elara", initiativeModifier: 3, notes: "", user: ada, at: Date())
/// let active = try await store.active(user: ada)
/// ```
struct CharacterStore: Sendable {
    static let maximumPerUser = 25

    enum AddOutcome: Sendable, Equatable {
        case added(PlayerCharacter)
        case duplicateName
        case limitReached
    }

    let pool: PostgresPool

    func add(name: String, initiativeModifier: Int, notes: String, user: Snowflake, at date: Date) async throws -> AddOutcome {
        try await pool.withTransaction { session in
            // Serialises one player's concurrent adds, so "first becomes active" and the limit hold.
            _ = try await session.query("SELECT pg_advisory_xact_lock(hashtext('dice_characters'), hashtext($1))", [user.description])
            let existing = try await Self.characters(user: user, on: session)
            if existing.contains(where: { $0.name.lowercased() == name.lowercased() }) { return .duplicateName }
            if existing.count >= Self.maximumPerUser { return .limitReached }
            let row = try await session.query("""
                INSERT INTO dice_characters (user_id, name, initiative_modifier, notes, active, created_at)
                VALUES ($1, $2, $3, $4, $5, $6)
                RETURNING \(Self.columns)
                """, [user, name, initiativeModifier, notes, !existing.contains(where: \.active), date])
            guard let inserted = row.first else { throw DatabaseError.decoding("INSERT … RETURNING returned no row") }
            return .added(try Self.character(inserted))
        }
    }

    /// Alphabetical.
    func list(user: Snowflake) async throws -> [PlayerCharacter] {
        try await Self.characters(user: user, on: pool)
    }

    func find(_ name: String, user: Snowflake) async throws -> PlayerCharacter? {
        try await pool.query("SELECT \(Self.columns) FROM dice_characters WHERE user_id = $1 AND lower(name) = lower($2)", [user, name])
            .rows.map(Self.character).first
    }

    func active(user: Snowflake) async throws -> PlayerCharacter? {
        try await pool.query("SELECT \(Self.columns) FROM dice_characters WHERE user_id = $1 AND active", [user])
            .rows.map(Self.character).first
    }

    /// Makes `name` the active character; nil when the player has none of that name.
    func select(_ name: String, user: Snowflake) async throws -> PlayerCharacter? {
        try await pool.withTransaction { session in
            // Two statements: a single UPDATE swapping the flag could trip the one-active index mid-statement.
            guard try await session.query("SELECT 1 FROM dice_characters WHERE user_id = $1 AND lower(name) = lower($2)", [user, name]).first != nil else {
                return nil
            }
            _ = try await session.query("UPDATE dice_characters SET active = false WHERE user_id = $1 AND active", [user])
            return try await session.query("""
                UPDATE dice_characters SET active = true WHERE user_id = $1 AND lower(name) = lower($2)
                RETURNING \(Self.columns)
                """, [user, name]).rows.map(Self.character).first
        }
    }

    /// The removed character, or nil. Initiative entries keep their name and roll (the reference is cleared).
    func remove(_ name: String, user: Snowflake) async throws -> PlayerCharacter? {
        try await pool.query(
            "DELETE FROM dice_characters WHERE user_id = $1 AND lower(name) = lower($2) RETURNING \(Self.columns)", [user, name]
        ).rows.map(Self.character).first
    }

    private static let columns = "id, name, initiative_modifier, notes, active"

    private static func characters(user: Snowflake, on database: some PostgresQuerying) async throws -> [PlayerCharacter] {
        try await database.query("SELECT \(columns) FROM dice_characters WHERE user_id = $1 ORDER BY lower(name)", [user])
            .rows.map(character)
    }

    private static func character(_ row: PostgresRow) throws -> PlayerCharacter {
        PlayerCharacter(id: try row.decode(column: "id"), name: try row.decode(column: "name"),
                        initiativeModifier: try row.decode(column: "initiative_modifier"),
                        notes: try row.decode(column: "notes"), active: try row.decode(column: "active"))
    }
}

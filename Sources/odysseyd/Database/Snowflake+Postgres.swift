/// Snowflakes are stored as `bigint` (ARCHITECTURE.md §6). Discord's ids stay below 2^63 (42 bits
/// of milliseconds since 2015 leave the top bit clear until about 2084), so the signed column
/// holds every id; the text form is the same decimal either way.
///
/// ```swift
/// try await db.query("SELECT name FROM dice_characters WHERE user_id = $1", [user.id])
/// let owner = try row.decode(Snowflake.self, column: "user_id")
/// ```
extension Snowflake: PostgresEncodable, PostgresDecodable {
    var postgresText: String? { description }

    init(postgresText text: String?, typeOID: UInt32) throws {
        let text = try Self.requireValue(text)
        guard let value = Snowflake(text) else { throw Self.invalid(text) }
        self = value
    }
}

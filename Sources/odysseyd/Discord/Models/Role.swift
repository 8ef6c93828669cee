/// A guild role (discord-docs/topics/permissions.mdx, "Role Object").
struct Role: Codable, Hashable, Sendable {
    var id: Snowflake
    var name: String
    /// RGB as an integer; 0 means "no colour".
    var color: Int? = nil
    var hoist: Bool? = nil
    var icon: String? = nil
    var unicodeEmoji: String? = nil
    var position: Int? = nil
    var permissions: DiscordPermissions? = nil
    /// True for roles owned by an integration (bot roles, booster role): nobody can assign them.
    var managed: Bool? = nil
    var mentionable: Bool? = nil
    var flags: Int? = nil

    enum CodingKeys: String, CodingKey {
        case id, name, color, hoist, icon, position, permissions, managed, mentionable, flags
        case unicodeEmoji = "unicode_emoji"
    }
}

/// A guild role as the cache keeps it.
struct CachedRole: Sendable, Equatable {
    var id: Snowflake
    var name: String
    var position: Int
    var permissions: DiscordPermissions
    var color: Int
    /// Owned by an integration (bot or booster role): nobody can assign it.
    var managed: Bool

    init(_ role: Role) {
        id = role.id
        name = role.name
        position = role.position ?? 0
        permissions = role.permissions ?? []
        color = role.color ?? 0
        managed = role.managed ?? false
    }
}

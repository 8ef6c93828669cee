/// A Discord user, as Discord sends it (discord-docs/resources/user.mdx, "User Object").
/// Only the fields the daemon reads; others are ignored when decoding.
struct User: Codable, Hashable, Sendable {
    var id: Snowflake
    var username: String
    /// "0" for users on the new username system.
    var discriminator: String? = nil
    /// The display name, when the user set one.
    var globalName: String? = nil
    var avatar: String? = nil
    var bot: Bool? = nil
    var system: Bool? = nil
    var publicFlags: Int? = nil

    /// What to show for this user: display name, else username.
    var displayName: String { globalName ?? username }

    enum CodingKeys: String, CodingKey {
        case id, username, discriminator, avatar, bot, system
        case globalName = "global_name"
        case publicFlags = "public_flags"
    }
}

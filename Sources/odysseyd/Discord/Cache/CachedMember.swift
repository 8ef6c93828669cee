/// A guild member as the cache keeps it: identity, nickname and roles.
struct CachedMember: Sendable, Equatable {
    var userID: Snowflake
    var username: String
    var globalName: String?
    var nick: String?
    var roles: [Snowflake]
    var isBot: Bool
    var joinedAt: String?
    var communicationDisabledUntil: String?

    /// Nil for a member without `user` (Discord always sends it in guild member events).
    init?(_ member: GuildMember) {
        guard let user = member.user else { return nil }
        userID = user.id
        username = user.username
        globalName = user.globalName
        nick = member.nick
        roles = member.roles
        isBot = user.bot ?? false
        joinedAt = member.joinedAt
        communicationDisabledUntil = member.communicationDisabledUntil
    }

    /// What to show: nickname, else display name, else username.
    var displayName: String { nick ?? globalName ?? username }
}

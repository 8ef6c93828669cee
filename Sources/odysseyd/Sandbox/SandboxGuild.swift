import Shared

/// One guild of the sandbox world, its channels, roles, members and voice states, in the order
/// people see them.
struct SandboxGuild: Sendable {
    var id: UInt64
    var name: String
    var ownerID: UInt64
    var channels: [SandboxChannel]
    var roles: [SandboxRole]
    var members: [SandboxMember]
    var voiceStates: [SandboxVoiceState] = []
    var locale = "en-US"

    /// Administrator (1 << 3) grants everything (topics/permissions.mdx).
    static let administrator: UInt64 = 1 << 3
    static let allPermissions: UInt64 = (1 << 51) - 1

    func channel(_ id: UInt64) -> SandboxChannel? { channels.first { $0.id == id } }
    func role(_ id: UInt64) -> SandboxRole? { roles.first { $0.id == id } }
    func member(_ userID: UInt64) -> SandboxMember? { members.first { $0.user.id == userID } }

    /// The guild's base permissions for a member: @everyone's plus each role's; everything for the
    /// owner or an administrator. Channel overwrites are not modelled (the demo has none).
    func permissions(of userID: UInt64) -> UInt64 {
        guard let member = member(userID) else { return 0 }
        if userID == ownerID { return Self.allPermissions }
        var bits = role(id)?.permissions ?? 0 // @everyone's id is the guild's
        for roleID in member.roles { bits |= role(roleID)?.permissions ?? 0 }
        return bits & Self.administrator != 0 ? Self.allPermissions : bits
    }

    /// The position of the member's highest role (0: only @everyone).
    func highestRolePosition(of userID: UInt64) -> Int {
        guard let member = member(userID) else { return 0 }
        return member.roles.compactMap { role($0)?.position }.max() ?? 0
    }

    var json: JSONValue {
        .object([
            "id": .snowflake(id), "name": .string(name), "icon": .null, "splash": .null, "discovery_splash": .null,
            "owner_id": .snowflake(ownerID), "afk_channel_id": .null, "afk_timeout": .int(300),
            "verification_level": .int(1), "default_message_notifications": .int(1), "explicit_content_filter": .int(2),
            "roles": .array(roles.map(\.json)), "emojis": .array([]), "stickers": .array([]), "features": .array([]),
            "mfa_level": .int(0), "application_id": .null, "system_channel_id": .null, "system_channel_flags": .int(0),
            "rules_channel_id": .null, "vanity_url_code": .null, "description": .null, "banner": .null,
            "premium_tier": .int(0), "preferred_locale": .string(locale), "public_updates_channel_id": .null,
            "nsfw_level": .int(0), "premium_progress_bar_enabled": .bool(false), "safety_alerts_channel_id": .null,
        ])
    }
}

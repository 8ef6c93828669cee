import Shared

/// A user's membership in a guild (resources/guild.mdx, "Guild Member Object").
struct SandboxMember: Sendable, Hashable {
    var user: SandboxUser
    var nick: String?
    var roles: [UInt64]
    /// ISO 8601, as Discord sends it.
    var joinedAt: String

    /// The member object; Discord leaves `user` out where the user is given beside it
    /// (MESSAGE_CREATE's `member`), so it is optional here.
    func json(includingUser: Bool = true, permissions: UInt64? = nil) -> JSONValue {
        var object: [String: JSONValue] = [
            "nick": nick.map(JSONValue.string) ?? .null, "roles": .array(roles.map(JSONValue.snowflake)),
            "joined_at": .string(joinedAt), "deaf": .bool(false), "mute": .bool(false), "flags": .int(0),
            "pending": .bool(false), "avatar": .null, "banner": .null, "premium_since": .null,
            "communication_disabled_until": .null,
        ]
        if includingUser { object["user"] = user.json }
        if let permissions { object["permissions"] = .string(String(permissions)) }
        return .object(object)
    }
}

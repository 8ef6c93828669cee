import Shared

/// A guild role (topics/permissions.mdx, "Role Object"). `position` orders the hierarchy: a bot
/// may only hand out roles below its own highest one.
struct SandboxRole: Sendable, Hashable {
    var id: UInt64
    var name: String
    var position: Int
    var permissions: UInt64
    var color = 0
    var managed = false

    var json: JSONValue {
        .object([
            "id": .snowflake(id), "name": .string(name), "position": .int(position),
            "permissions": .string(String(permissions)), "color": .int(color), "colors": .object([
                "primary_color": .int(color), "secondary_color": .null, "tertiary_color": .null,
            ]),
            "hoist": .bool(false), "managed": .bool(managed), "mentionable": .bool(false),
            "icon": .null, "unicode_emoji": .null, "flags": .int(0),
        ])
    }
}

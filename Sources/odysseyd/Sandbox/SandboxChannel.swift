import Shared

/// A guild channel (resources/channel.mdx, "Channel Object"): text (0), voice (2), category (4),
/// announcement (5) or stage (13).
struct SandboxChannel: Sendable, Hashable {
    static let text = 0, voice = 2, category = 4, announcement = 5, stage = 13

    var id: UInt64
    var guildID: UInt64
    var name: String
    var type: Int
    var position: Int
    var topic: String?
    var parentID: UInt64?

    var isVoiceLike: Bool { type == Self.voice || type == Self.stage }

    var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .snowflake(id), "guild_id": .snowflake(guildID), "name": .string(name), "type": .int(type),
            "position": .int(position), "permission_overwrites": .array([]), "nsfw": .bool(false),
            "parent_id": parentID.map(JSONValue.snowflake) ?? .null, "flags": .int(0),
        ]
        if isVoiceLike {
            object["bitrate"] = .int(64_000)
            object["user_limit"] = .int(0)
            object["rtc_region"] = .null
        } else {
            object["topic"] = topic.map(JSONValue.string) ?? .null
            object["rate_limit_per_user"] = .int(0)
            object["last_message_id"] = .null
        }
        return .object(object)
    }
}

import Shared

/// Where a member is connected (resources/voice.mdx, "Voice State Object"). On a stage,
/// `suppress` true means audience, false means speaker.
struct SandboxVoiceState: Sendable, Hashable {
    var userID: UInt64
    var channelID: UInt64
    var suppress = false
    var requestToSpeakTimestamp: String?

    func json(guildID: UInt64, member: JSONValue?) -> JSONValue {
        var object: [String: JSONValue] = [
            "guild_id": .snowflake(guildID), "channel_id": .snowflake(channelID), "user_id": .snowflake(userID),
            "session_id": .string("sandbox-voice-\(userID)"), "deaf": .bool(false), "mute": .bool(false),
            "self_deaf": .bool(false), "self_mute": .bool(false), "self_video": .bool(false),
            "suppress": .bool(suppress),
            "request_to_speak_timestamp": requestToSpeakTimestamp.map(JSONValue.string) ?? .null,
        ]
        if let member { object["member"] = member }
        return .object(object)
    }
}

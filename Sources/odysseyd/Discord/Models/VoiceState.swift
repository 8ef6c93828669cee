/// A user's voice connection status (discord-docs/resources/voice.mdx, "Voice State Object").
/// A nil `channelID` in a `VOICE_STATE_UPDATE` means the user left voice.
struct VoiceState: Codable, Hashable, Sendable {
    var guildID: Snowflake? = nil
    var channelID: Snowflake?
    var userID: Snowflake
    var member: GuildMember? = nil
    var sessionID: String
    var deaf: Bool
    var mute: Bool
    var selfDeaf: Bool
    var selfMute: Bool
    var selfStream: Bool? = nil
    var selfVideo: Bool? = nil
    var suppress: Bool
    var requestToSpeakTimestamp: String? = nil

    enum CodingKeys: String, CodingKey {
        case member, deaf, mute, suppress
        case guildID = "guild_id"
        case channelID = "channel_id"
        case userID = "user_id"
        case sessionID = "session_id"
        case selfDeaf = "self_deaf"
        case selfMute = "self_mute"
        case selfStream = "self_stream"
        case selfVideo = "self_video"
        case requestToSpeakTimestamp = "request_to_speak_timestamp"
    }
}

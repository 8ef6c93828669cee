/// The JSON params of "Modify User Voice State" (resources/voice.mdx): the stage channel the
/// user is in now (Discord requires it to be a stage they already joined) and whether they are
/// suppressed (audience) or not (speaker).
struct VoiceStateChange: Codable, Hashable, Sendable {
    var channelID: Snowflake
    var suppress: Bool?

    enum CodingKeys: String, CodingKey {
        case channelID = "channel_id"
        case suppress
    }
}

extension DiscordRESTClient {
    /// JSON error code 10065, "Unknown voice state" (topics/opcodes-and-status-codes.mdx): the
    /// member is in no voice channel of the guild.
    static let unknownVoiceState = 10065

    /// PATCH /guilds/{guild.id}/voice-states/{user.id} (resources/voice.mdx, "Modify User Voice
    /// State"): on a stage, `suppress: false` makes the member a speaker and `true` sends them back
    /// to the audience. Needs Mute Members; 204 on success.
    ///
    /// ```swift
    /// try await rest.modifyUserVoiceState(guild: guild, user: cleo, VoiceStateChange(channelID: stage, suppress: false))
    /// ```
    func modifyUserVoiceState(guild: Snowflake, user: Snowflake, _ change: VoiceStateChange) async throws {
        let route = DiscordRoute(.patch, "/guilds/{guild.id}/voice-states/{user.id}",
                                 ["guild.id": guild.description, "user.id": user.description])
        try await sendWithoutResponse(route, body: change, auditLogReason: nil)
    }
}

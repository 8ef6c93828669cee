/// Who is in which voice or stage channel of a guild, and how.
struct CachedVoiceState: Sendable, Equatable {
    var userID: Snowflake
    var channelID: Snowflake
    var mute: Bool
    var deaf: Bool
    var selfMute: Bool
    var selfDeaf: Bool
    var selfStream: Bool
    var suppress: Bool

    /// Nil when the user is not in a channel (a VOICE_STATE_UPDATE leaving voice).
    init?(_ state: VoiceState) {
        guard let channelID = state.channelID else { return nil }
        userID = state.userID
        self.channelID = channelID
        mute = state.mute
        deaf = state.deaf
        selfMute = state.selfMute
        selfDeaf = state.selfDeaf
        selfStream = state.selfStream ?? false
        suppress = state.suppress
    }
}

import Logging

/// Moves members between a stage's audience and its speakers (resources/voice.mdx, "Modify User
/// Voice State"). Discord only does this for a member already in the stage channel, so a failure
/// is an expected outcome with a reason to show the host, not an error.
///
/// ```swift
/// let stage = StagePromotion(rest: context.followUps.rest, logger: context.logger)
/// await stage.demote(previous, guild: guild, stage: stageChannel)
/// if case .notPromoted(let why) = await stage.promote(cleo, guild: guild, stage: stageChannel) { print(why) }
/// ```
struct StagePromotion: Sendable {
    enum Result: Sendable, Equatable {
        case promoted
        /// Why, in words for the host ("they are not in the stage channel").
        case notPromoted(String)
    }

    /// topics/opcodes-and-status-codes.mdx, JSON error codes.
    static let unknownMember = 10007
    static let wrongChannelType = 50024
    static let missingPermissions = 50013

    let rest: DiscordRESTClient
    let logger: Logger

    func promote(_ user: Snowflake, guild: Snowflake, stage: Snowflake) async -> Result {
        do {
            try await rest.modifyUserVoiceState(guild: guild, user: user, VoiceStateChange(channelID: stage, suppress: false))
            return .promoted
        } catch let error as DiscordAPIError {
            logger.info("could not promote the performer to speaker", metadata: [
                "user_id": "\(user)", "stage_channel_id": "\(stage)", "error": "\(error)",
            ])
            return .notPromoted(Self.reason(for: error, stage: stage))
        } catch {
            logger.warning("promoting the performer failed", metadata: ["user_id": "\(user)", "error": "\(error)"])
            return .notPromoted("Discord did not answer; try again, or invite them to speak by hand")
        }
    }

    /// Back to the audience. The previous performer may have left the stage (10065) or be
    /// somewhere else (50024): then there is nothing to undo, so any refusal is only logged.
    func demote(_ user: Snowflake, guild: Snowflake, stage: Snowflake) async {
        do {
            try await rest.modifyUserVoiceState(guild: guild, user: user, VoiceStateChange(channelID: stage, suppress: true))
        } catch {
            logger.info("previous performer not moved back to the audience", metadata: ["user_id": "\(user)", "error": "\(error)"])
        }
    }

    static func reason(for error: DiscordAPIError, stage: Snowflake) -> String {
        switch error.code {
        case DiscordRESTClient.unknownVoiceState: "they are not connected to <#\(stage)>"
        case wrongChannelType: "they are not in <#\(stage)> (Discord only promotes members already in the stage channel)"
        case missingPermissions: "I lack the Mute Members permission in <#\(stage)>"
        case unknownMember: "they are no longer a member of this server"
        default: "Discord refused (\(error.code.map(String.init) ?? "HTTP \(error.status)"): \(error.message ?? "no message"))"
        }
    }
}

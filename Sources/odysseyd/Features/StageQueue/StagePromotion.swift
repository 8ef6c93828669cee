import Logging

/// Moves members between a stage's audience and its speakers (resources/voice.mdx, "Modify User
/// Voice State"). Discord only does this for a member already in the stage channel, so a failure
/// is an expected outcome with a reason to show the host, not an error.
///
/// ```swift
/// let stage = StagePromotion(rest: context.followUps.rest, logger: context.logger)
/// await stage.demote(previous, guild: guild, stage: stageChannel)
/// if case .notPromoted(let why) = await stage.promote(cleo, guild: guild, stage: stageChannel) {
///     print(why.text(stage: stageChannel, in: .en))   // "they are not connected to <#…>"
/// }
/// ```
struct StagePromotion: Sendable {
    enum Result: Sendable, Equatable {
        case promoted
        case notPromoted(Failure)
    }

    /// Why a member was not promoted: a reason, not words, so the host reads it in the guild's
    /// language while the event log keeps one wording (``text(stage:in:)`` with `.en`).
    enum Failure: Sendable, Equatable {
        case notConnected
        case wrongChannel
        case missingPermission
        case notAMember
        /// Any other refusal, in Discord's own terms: its JSON code (or `HTTP <status>`) and message.
        case refused(code: String, message: String?)
        /// Not a Discord refusal: the request itself failed.
        case noAnswer

        func text(stage: Snowflake, in language: Language) -> String {
            func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
            let channel = ["stage": stage.description]
            return switch self {
            case .notConnected: text(MessageKeys.StageQueue.promotionNotConnected, channel)
            case .wrongChannel: text(MessageKeys.StageQueue.promotionWrongChannel, channel)
            case .missingPermission:
                text(MessageKeys.StageQueue.promotionMissingPermission,
                     channel.merging(["permission": StageQueueText.hostPermission(in: language)]) { $1 })
            case .notAMember: text(MessageKeys.StageQueue.promotionNotMember)
            case .refused(let code, let message):
                text(MessageKeys.StageQueue.promotionRefused,
                     ["code": code, "message": message ?? text(MessageKeys.StageQueue.promotionNoMessage)])
            case .noAnswer: text(MessageKeys.StageQueue.promotionNoAnswer)
            }
        }
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
            return .notPromoted(Self.failure(for: error))
        } catch {
            logger.warning("promoting the performer failed", metadata: ["user_id": "\(user)", "error": "\(error)"])
            return .notPromoted(.noAnswer)
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

    static func failure(for error: DiscordAPIError) -> Failure {
        switch error.code {
        case DiscordRESTClient.unknownVoiceState: .notConnected
        case wrongChannelType: .wrongChannel
        case missingPermissions: .missingPermission
        case unknownMember: .notAMember
        default: .refused(code: error.code.map(String.init) ?? "HTTP \(error.status)", message: error.message)
        }
    }
}

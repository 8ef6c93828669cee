import Foundation

/// `/sign-up setup`: changes the options given (and forgets the one named by `unset`), keeps
/// the rest, and shows the result. Without options it only shows the settings. The router has
/// already checked Manage Server.
///
/// ```swift
/// // /sign-up setup sign_up_channel:#sign-up stage_channel:Stage stage_integration:true
/// try await StageQueueSetup(store: settingsStore, now: { Date() }).run(context)
/// ```
struct StageQueueSetup: Sendable {
    /// The settings `unset` can forget (stage_integration is turned off with `false` instead).
    enum Setting: String, CaseIterable, Sendable {
        case signUpChannel = "sign_up_channel"
        case stageChannel = "stage_channel"
        case announceChannel = "announce_channel"
        case signUpRole = "sign_up_role"
        case hostRole = "host_role"
    }

    static let unsetChoices = Setting.allCases.map { CommandChoice(name: $0.rawValue, value: .string($0.rawValue)) }

    let store: StageQueueSettingsStore
    let now: @Sendable () -> Date

    func run(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let user = context.user?.id else { return context.unavailable }
        let current = try await store.settings(guild: guild)
        var updated = current
        func id(_ name: String) -> Snowflake? { context.string(name).flatMap { Snowflake($0) } }
        if let value = id(Setting.signUpChannel.rawValue) { updated.signUpChannelID = value }
        if let value = id(Setting.stageChannel.rawValue) { updated.stageChannelID = value }
        if let value = id(Setting.announceChannel.rawValue) { updated.announceChannelID = value }
        if let value = id(Setting.signUpRole.rawValue) { updated.signUpRoleID = value }
        if let value = id(Setting.hostRole.rawValue) { updated.hostRoleID = value }
        if let value = context.boolean("stage_integration") { updated.stageIntegration = value }
        switch context.string("unset").flatMap(Setting.init(rawValue:)) {
        case .signUpChannel?: updated.signUpChannelID = nil
        case .stageChannel?: updated.stageChannelID = nil
        case .announceChannel?: updated.announceChannelID = nil
        case .signUpRole?: updated.signUpRoleID = nil
        case .hostRole?: updated.hostRoleID = nil
        case nil: break
        }
        guard updated != current else {
            return Self.summary(current, heading: MessageKeys.StageQueue.setupUnchanged, in: context.language)
        }
        try await store.save(updated, guild: guild, by: user, at: now())
        return Self.summary(updated, heading: MessageKeys.StageQueue.setupSaved, in: context.language)
    }

    /// `heading` is a catalog key: "saved" or "unchanged".
    static func summary(_ settings: StageQueueSettings, heading: String, in language: Language) -> InteractionReply {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        func channel(_ id: Snowflake?) -> String { id.map { "<#\($0)>" } ?? text(MessageKeys.StageQueue.setupChannelNotSet) }
        func role(_ id: Snowflake?) -> String { id.map { "<@&\($0)>" } ?? text(MessageKeys.StageQueue.setupRoleNotSet) }
        func line(_ key: String, _ value: String) -> String { text(key, ["value": value]) }
        var lines = [text(heading),
                     line(MessageKeys.StageQueue.setupSignUpChannel, channel(settings.signUpChannelID)),
                     line(MessageKeys.StageQueue.setupStageChannel, channel(settings.stageChannelID)),
                     line(MessageKeys.StageQueue.setupStageIntegration,
                          text(settings.stageIntegration ? MessageKeys.StageQueue.setupOn : MessageKeys.StageQueue.setupOff)),
                     line(MessageKeys.StageQueue.setupAnnounceChannel, channel(settings.announceChannelID)),
                     line(MessageKeys.StageQueue.setupSignUpRole,
                          settings.signUpRoleID == nil ? text(MessageKeys.StageQueue.setupAnyone) : role(settings.signUpRoleID)),
                     text(MessageKeys.StageQueue.setupHostRole,
                          ["value": role(settings.hostRoleID), "permission": StageQueueText.hostPermission(in: language)])]
        if settings.stageIntegration, settings.stageChannelID == nil {
            lines.append(text(MessageKeys.StageQueue.setupNoStageWarning))
        }
        return .message(MessagePayload(content: lines.joined(separator: "\n"), allowedMentions: .nobody), ephemeral: true)
    }
}

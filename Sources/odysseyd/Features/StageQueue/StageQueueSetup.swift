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
        guard let guild = context.guildID, let user = context.user?.id else { return StageQueueCommands.unavailable }
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
        guard updated != current else { return Self.summary(current, heading: "Stage queue settings (unchanged):") }
        try await store.save(updated, guild: guild, by: user, at: now())
        return Self.summary(updated, heading: "✅ Stage queue settings saved:")
    }

    static func summary(_ settings: StageQueueSettings, heading: String) -> InteractionReply {
        func channel(_ id: Snowflake?) -> String { id.map { "<#\($0)>" } ?? "not set" }
        func role(_ id: Snowflake?) -> String { id.map { "<@&\($0)>" } ?? "not set" }
        var lines = [heading,
                     "• Sign-up channel (queue message): \(channel(settings.signUpChannelID))",
                     "• Stage channel: \(channel(settings.stageChannelID))",
                     "• Stage integration (promote to speaker): \(settings.stageIntegration ? "on" : "off")",
                     "• Announcements: \(channel(settings.announceChannelID))",
                     "• Sign-up role: \(settings.signUpRoleID == nil ? "anyone may sign up" : role(settings.signUpRoleID))",
                     "• Host role (besides Mute Members): \(role(settings.hostRoleID))"]
        if settings.stageIntegration, settings.stageChannelID == nil {
            lines.append("⚠️ Stage integration is on but no stage channel is set, so nobody will be promoted.")
        }
        return .message(MessagePayload(content: lines.joined(separator: "\n"), allowedMentions: .nobody), ephemeral: true)
    }
}

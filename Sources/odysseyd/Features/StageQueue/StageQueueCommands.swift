import Foundation

/// `/sign-up join|leave|list` for members, `next|remove|move|pause|resume|clear` for hosts
/// (Mute Members or the configured host role), `setup` for Manage Server, and the queue message's
/// Join and Leave buttons.
///
/// Replies are ephemeral: the queue message and the announcement channel are what everyone sees.
///
/// ```swift
/// StageQueueCommands(feature: "stage_queue", store: store, settings: settingsStore, now: { Date() })
///     .register(on: &router)
/// ```
struct StageQueueCommands: Sendable {
    /// What Discord requires to move someone between a stage's audience and its speakers.
    static let hostPermission: DiscordPermissions = .muteMembers
    static let setupPermission: DiscordPermissions = .manageGuild

    let feature: String
    let store: StageQueueStore
    let settings: StageQueueSettingsStore
    let now: @Sendable () -> Date
    /// Told after a join or a call has committed.
    var onActivity: @Sendable (StageQueueActivity) async -> Void = { _ in }

    static var definition: ApplicationCommandDefinition {
        let member = ApplicationCommandOption(type: .user, name: "member", description: "Who", required: true)
        return ApplicationCommandDefinition(name: "sign-up", description: "The stage sign-up queue", options: [
            ApplicationCommandOption(type: .subcommand, name: "join", description: "Sign up for the stage"),
            ApplicationCommandOption(type: .subcommand, name: "leave", description: "Leave the queue"),
            ApplicationCommandOption(type: .subcommand, name: "list", description: "Show the queue"),
            ApplicationCommandOption(type: .subcommand, name: "next", description: "Call the next performer to the stage (host)"),
            ApplicationCommandOption(type: .subcommand, name: "remove", description: "Take a member out of the queue (host)", options: [member]),
            ApplicationCommandOption(type: .subcommand, name: "move", description: "Move a member to another place in the queue (host)", options: [
                member,
                ApplicationCommandOption(type: .integer, name: "position", description: "The new place, 1 is next", required: true,
                                         minValue: .integer(1)),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "pause", description: "Stop new sign-ups (host)"),
            ApplicationCommandOption(type: .subcommand, name: "resume", description: "Allow sign-ups again (host)"),
            ApplicationCommandOption(type: .subcommand, name: "clear", description: "Empty the queue and the stage (host)"),
            ApplicationCommandOption(type: .subcommand, name: "setup", description: "Configure the queue (Manage Server)", options: [
                ApplicationCommandOption(type: .channel, name: "sign_up_channel", description: "Where the queue message lives",
                                         channelTypes: [.guildText, .guildAnnouncement]),
                ApplicationCommandOption(type: .channel, name: "stage_channel", description: "The stage performers are promoted on",
                                         channelTypes: [.guildStageVoice]),
                ApplicationCommandOption(type: .channel, name: "announce_channel", description: "Where sign-ups and calls are announced",
                                         channelTypes: [.guildText, .guildAnnouncement]),
                ApplicationCommandOption(type: .role, name: "sign_up_role", description: "Only members with this role may sign up"),
                ApplicationCommandOption(type: .role, name: "host_role", description: "Members with this role may run the queue"),
                ApplicationCommandOption(type: .boolean, name: "stage_integration", description: "Promote the called performer to speaker"),
                ApplicationCommandOption(type: .string, name: "unset", description: "Forget one setting", choices: StageQueueSetup.unsetChoices),
            ]),
        ])
    }

    func register(on router: inout InteractionRouter) {
        let privately = InteractionHandlerOptions(feature: feature, guildOnly: true, ephemeral: true)
        router.command(["sign-up", "join"], options: privately) { context in try await join(context) }
        router.command(["sign-up", "leave"], options: privately) { context in try await leave(context) }
        router.command(["sign-up", "list"], options: privately) { context in try await list(context) }
        router.command(["sign-up", "next"], options: privately) { context in try await next(context) }
        router.command(["sign-up", "remove"], options: privately) { context in try await remove(context) }
        router.command(["sign-up", "move"], options: privately) { context in try await move(context) }
        router.command(["sign-up", "pause"], options: privately) { context in try await setPaused(true, context) }
        router.command(["sign-up", "resume"], options: privately) { context in try await setPaused(false, context) }
        router.command(["sign-up", "clear"], options: privately) { context in try await askToClear(context) }
        router.command(["sign-up", "setup"], options: InteractionHandlerOptions(feature: feature, guildOnly: true,
                                                                               requiredPermissions: Self.setupPermission, ephemeral: true)) { context in
            try await StageQueueSetup(store: settings, now: now).run(context)
        }
        router.component(prefix: StageQueueMessage.joinPrefix, options: privately) { context in try await join(context) }
        router.component(prefix: StageQueueMessage.leavePrefix, options: privately) { context in try await leave(context) }
        router.component(prefix: StageQueueMessage.clearPrefix, options: privately) { context in try await clear(context) }
    }

    // MARK: Helpers

    /// The guild and invoker; for a button, only when it is on this guild's queue message.
    static func place(_ context: InteractionContext) -> (guild: Snowflake, user: Snowflake)? {
        guard let guild = context.guildID, let user = context.user?.id else { return nil }
        if let customID = context.customID, (try? customID.field(0, as: String.self)).flatMap({ Snowflake($0) }) != guild { return nil }
        return (guild, user)
    }

    /// Mute Members (what promoting a speaker takes) or the configured host role.
    static func isHost(_ context: InteractionContext, settings: StageQueueSettings) -> Bool {
        if context.invokerHas(hostPermission) { return true }
        guard let role = settings.hostRoleID else { return false }
        return context.interaction.member?.roles.contains(role) ?? false
    }

    static func hostsOnly(_ settings: StageQueueSettings, _ context: InteractionContext) -> InteractionReply {
        let permission = StageQueueText.hostPermission(in: context.language)
        let text = settings.hostRoleID.map {
            context.text(MessageKeys.StageQueue.hostsOnlyOrRole, ["permission": permission, "role": $0.description])
        } ?? context.text(MessageKeys.StageQueue.hostsOnly, ["permission": permission])
        return .message(MessagePayload(content: text, allowedMentions: .nobody), ephemeral: true)
    }

    /// An ephemeral text with the queue below it, in the interaction's language; mentions never ping.
    static func reply(_ text: String, queue: StageQueue? = nil, _ context: InteractionContext) -> InteractionReply {
        .message(MessagePayload(content: text, embeds: queue.map { [StageQueueMessage.embed(for: $0, in: context.language)] },
                                allowedMentions: .nobody),
                 ephemeral: true)
    }

    /// The member a host named in the `member` option.
    static func member(_ context: InteractionContext) -> Snowflake? {
        context.string("member").flatMap(Snowflake.init)
    }
}

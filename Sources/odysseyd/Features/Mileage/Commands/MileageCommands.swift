import Foundation

/// `/mileage me|leaderboard` for everyone, `/mileage adjust|reverse|history` for moderators
/// (Manage Server, or the guild's configured moderator role), and `/mileage tier-set|tier-remove|
/// rule|settings` for those with Manage Server, plus the leaderboard's page buttons.
///
/// ```swift
/// MileageCommands(feature: "mileage", engine: engine, ledger: ledger, config: config, now: { Date() })
///     .register(on: &router)
/// ```
struct MileageCommands: Sendable {
    static let reasonLength = 1...500
    /// Big enough for any real correction, small enough that a typo cannot wreck the board.
    static let adjustRange: ClosedRange<Int64> = -100_000...100_000
    static let managerPermission: DiscordPermissions = .manageGuild

    let feature: String
    let engine: MileageEngine
    let ledger: MileageLedger
    let config: MileageConfigStore
    let now: @Sendable () -> Date

    func register(on router: inout InteractionRouter) {
        let privately = InteractionHandlerOptions(feature: feature, guildOnly: true, ephemeral: true)
        let publicly = InteractionHandlerOptions(feature: feature, guildOnly: true)
        let managers = InteractionHandlerOptions(feature: feature, guildOnly: true, requiredPermissions: Self.managerPermission, ephemeral: true)
        router.command(["mileage", "me"], options: privately) { context in try await me(context) }
        router.command(["mileage", "leaderboard"], options: publicly) { context in
            guard let guild = context.guildID else { return .ephemeral(InteractionRouter.guildOnlyText) }
            let page = Int(context.integer("page") ?? 1) - 1
            return .message(try MileageLeaderboardMessage.payload(for: try await ledger.leaderboard(guild: guild, page: page), guild: guild))
        }
        router.component(prefix: MileageLeaderboardMessage.prefix, options: publicly) { context in
            guard let id = context.customID, let guild = context.guildID else { return .none }
            // The id's guild must be this one: a forwarded message must not show another server's board.
            guard Snowflake(try id.field(0, as: UInt64.self)) == guild else { return .ephemeral(InteractionRouter.unavailableText) }
            let page = try id.field(1, as: Int.self)
            return .update(try MileageLeaderboardMessage.payload(for: try await ledger.leaderboard(guild: guild, page: page), guild: guild))
        }
        router.command(["mileage", "adjust"], options: privately) { context in try await adjust(context) }
        router.command(["mileage", "reverse"], options: privately) { context in try await reverse(context) }
        router.command(["mileage", "history"], options: privately) { context in try await history(context) }
        router.command(["mileage", "tier-set"], options: managers) { context in
            guard let guild = context.guildID, let role = context.string("role").flatMap(Snowflake.init), let threshold = context.integer("points")
            else { return .ephemeral("Give a role and the points it takes.") }
            if guild == role { return .ephemeral("@everyone cannot be a tier.") }
            try await config.setTier(MileageTier(threshold: threshold, roleID: role), guild: guild, at: now())
            return .message(MessagePayload(content: "<@&\(role)> is now the tier for **\(threshold)** mi. Members get it as their total crosses it.",
                                           allowedMentions: .nobody), ephemeral: true)
        }
        router.command(["mileage", "tier-remove"], options: managers) { context in
            guard let guild = context.guildID, let threshold = context.integer("points") else { return .ephemeral("Which tier?") }
            let removed = try await config.removeTier(threshold: threshold, guild: guild)
            return .ephemeral(removed ? "The \(threshold) mi tier is gone; members keep the role until their next sync."
                                      : "There is no tier at \(threshold) mi.")
        }
        router.command(["mileage", "rule"], options: managers) { context in
            guard let guild = context.guildID, let type = context.string("event").flatMap(MileageEventType.init(rawValue:)),
                  let points = context.integer("points") else { return .ephemeral("Give an event and its points.") }
            var rule = (try await config.rules(guild: guild))[type] ?? MileageRule.fallback(for: type)
            rule.points = Int(points)
            if let cooldown = context.integer("cooldown") { rule.cooldownSeconds = Int(cooldown) }
            try await config.setRule(type, rule, guild: guild, at: now())
            return .ephemeral("**\(type.label)**: \(rule.points) mi, at most once every \(rule.cooldownSeconds) s per member.")
        }
        router.command(["mileage", "settings"], options: managers) { context in
            guard let guild = context.guildID else { return .ephemeral(InteractionRouter.guildOnlyText) }
            var settings = try await config.settings(guild: guild)
            if let mode = context.string("tier-mode").flatMap(MileageTierMode.init(rawValue:)) { settings.tierMode = mode }
            if let role = context.string("moderator-role").flatMap(Snowflake.init) { settings.moderatorRoleID = role == guild ? nil : role }
            try await config.setSettings(settings, guild: guild, at: now())
            let moderators = settings.moderatorRoleID.map { "<@&\($0)> and Manage Server" } ?? "Manage Server only"
            return .message(MessagePayload(content: "Tier roles: **\(settings.tierMode.rawValue)**. Adjustments: \(moderators).",
                                           allowedMentions: .nobody), ephemeral: true)
        }
    }

    // MARK: Handlers

    private func me(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let user = context.user?.id else { return .ephemeral(InteractionRouter.guildOnlyText) }
        let standing = try await ledger.standing(guild: guild, user: user)
        let tiers = try await config.tiers(guild: guild)
        var lines = ["**\(standing.total)** mi" + (standing.rank.map { " — #\($0) of \(standing.members)" } ?? "")]
        if let next = tiers.first(where: { $0.threshold > standing.total }) {
            lines.append("Next tier: <@&\(next.roleID)> at \(next.threshold) mi (\(next.threshold - standing.total) to go).")
        } else if !tiers.isEmpty {
            lines.append("You hold the top tier.")
        }
        if !standing.recent.isEmpty {
            lines.append("")
            lines.append(contentsOf: standing.recent.map(Self.line))
        }
        return .message(MessagePayload(embeds: [Embed(title: "Your mileage", description: lines.joined(separator: "\n"),
                                                      color: MileageLeaderboardMessage.color)], allowedMentions: .nobody), ephemeral: true)
    }

    private func adjust(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let actor = context.user?.id else { return .ephemeral(InteractionRouter.guildOnlyText) }
        guard try await isModerator(context, guild: guild) else { return Self.moderatorsOnly }
        guard let user = context.string("member").flatMap(Snowflake.init), let points = context.integer("points"),
              let reason = Self.reason(context) else { return .ephemeral("Give a member, the points and a reason.") }
        if context.command?.resolved?.users[user]?.bot == true { return .ephemeral("Bots never earn mileage.") }
        guard points != 0, Self.adjustRange.contains(points) else {
            return .ephemeral("Adjust by a number from \(Self.adjustRange.lowerBound) to \(Self.adjustRange.upperBound), not 0.")
        }
        switch try await engine.adjust(guild: guild, user: user, points: Int(points), reason: reason, by: actor,
                                       sourceID: "interaction:\(context.interaction.id)", at: now()) {
        case .applied(let eventID, _, let applied, let total):
            return .message(MessagePayload(content: "Adjusted <@\(user)> by **\(Self.signed(applied))** mi (event #\(eventID)); total **\(total)** mi.",
                                           allowedMentions: .nobody), ephemeral: true)
        case .duplicate: return .ephemeral("This adjustment was already made.")
        case .notFound, .alreadyReversed: return .ephemeral(InteractionRouter.unavailableText)
        }
    }

    private func reverse(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let actor = context.user?.id else { return .ephemeral(InteractionRouter.guildOnlyText) }
        guard try await isModerator(context, guild: guild) else { return Self.moderatorsOnly }
        guard let eventID = context.integer("event"), let reason = Self.reason(context) else { return .ephemeral("Give the event number and a reason.") }
        switch try await engine.reverse(event: eventID, guild: guild, reason: reason, by: actor, at: now()) {
        case .applied(_, let user, let points, let total):
            return .message(MessagePayload(content: "Reversed event #\(eventID): <@\(user)> \(Self.signed(points)) mi, total **\(total)** mi.",
                                           allowedMentions: .nobody), ephemeral: true)
        case .alreadyReversed(let at):
            return .ephemeral("Event #\(eventID) was already reversed <t:\(Int(at.timeIntervalSince1970)):R>.")
        case .notFound, .duplicate:
            return .ephemeral("There is no event #\(eventID) in this server.")
        }
    }

    private func history(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID else { return .ephemeral(InteractionRouter.guildOnlyText) }
        guard try await isModerator(context, guild: guild) else { return Self.moderatorsOnly }
        guard let user = context.string("member").flatMap(Snowflake.init) else { return .ephemeral("Whose history?") }
        let standing = try await ledger.standing(guild: guild, user: user, recent: 15)
        let lines = ["<@\(user)>: **\(standing.total)** mi"] + standing.recent.map(Self.line)
        return .message(MessagePayload(content: lines.joined(separator: "\n"), allowedMentions: .nobody), ephemeral: true)
    }

    // MARK: Helpers

    private static let moderatorsOnly = InteractionReply.ephemeral("Only moderators (Manage Server or the mileage moderator role) can do this.")

    private func isModerator(_ context: InteractionContext, guild: Snowflake) async throws -> Bool {
        if context.invokerHas(Self.managerPermission) { return true }
        guard let role = try await config.settings(guild: guild).moderatorRoleID else { return false }
        return context.interaction.member?.roles.contains(role) ?? false
    }

    private static func reason(_ context: InteractionContext) -> String? {
        guard let text = context.string("reason")?.trimmingCharacters(in: .whitespacesAndNewlines), reasonLength.contains(text.count) else { return nil }
        return text
    }

    static func line(_ event: MileageLedger.RecordedEvent) -> String {
        let label = MileageEventType(rawValue: event.type)?.label ?? event.type
        var text = "`#\(event.id)` \(signed(Int64(event.points))) mi — \(label) <t:\(Int(event.occurredAt.timeIntervalSince1970)):R>"
        if let reason = event.reason { text += ": \(DiscordMarkdown.escape(reason))" }
        if event.reversedAt != nil { text = "~~\(text)~~ (reversed)" }
        return text
    }

    static func signed<N: BinaryInteger>(_ value: N) -> String { value > 0 ? "+\(value)" : "\(value)" }
}

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
            guard let guild = context.guildID else { return context.guildOnly }
            let page = Int(context.integer("page") ?? 1) - 1
            return .message(try MileageLeaderboardMessage.payload(for: try await ledger.leaderboard(guild: guild, page: page), guild: guild,
                                                                  language: context.language))
        }
        router.component(prefix: MileageLeaderboardMessage.prefix, options: publicly) { context in
            guard let id = context.customID, let guild = context.guildID else { return .none }
            // The id's guild must be this one: a forwarded message must not show another server's board.
            guard Snowflake(try id.field(0, as: UInt64.self)) == guild else { return context.unavailable }
            let page = try id.field(1, as: Int.self)
            return .update(try MileageLeaderboardMessage.payload(for: try await ledger.leaderboard(guild: guild, page: page), guild: guild,
                                                                 language: context.language))
        }
        router.command(["mileage", "adjust"], options: privately) { context in try await adjust(context) }
        router.command(["mileage", "reverse"], options: privately) { context in try await reverse(context) }
        router.command(["mileage", "history"], options: privately) { context in try await history(context) }
        router.command(["mileage", "tier-set"], options: managers) { context in try await setTier(context) }
        router.command(["mileage", "tier-remove"], options: managers) { context in try await removeTier(context) }
        router.command(["mileage", "rule"], options: managers) { context in try await setRule(context) }
        router.command(["mileage", "settings"], options: managers) { context in try await changeSettings(context) }
    }

    // MARK: Handlers

    private func me(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let user = context.user?.id else { return context.guildOnly }
        let language = context.language
        let standing = try await ledger.standing(guild: guild, user: user)
        let tiers = try await config.tiers(guild: guild)
        let total = MileageText.points(standing.total, in: language, bold: true)
        var lines = [standing.rank.map {
            context.text(MessageKeys.Mileage.meTotalRanked, ["points": total, "rank": String($0),
                                                             "members": context.plural(MessageKeys.Mileage.membersOf, standing.members)])
        } ?? total]
        if let next = tiers.first(where: { $0.threshold > standing.total }) {
            lines.append(context.text(MessageKeys.Mileage.meNextTier, [
                "role": next.roleID.description, "threshold": MileageText.points(next.threshold, in: language),
                "remaining": MileageText.points(next.threshold - standing.total, in: language),
            ]))
        } else if !tiers.isEmpty {
            lines.append(context.text(MessageKeys.Mileage.meTopTier))
        }
        if !standing.recent.isEmpty {
            lines.append("")
            lines.append(contentsOf: standing.recent.map { MileageText.line($0, in: language) })
        }
        return .message(MessagePayload(embeds: [Embed(title: context.text(MessageKeys.Mileage.meTitle), description: lines.joined(separator: "\n"),
                                                      color: MileageLeaderboardMessage.color)], allowedMentions: .nobody), ephemeral: true)
    }

    private func adjust(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let actor = context.user?.id else { return context.guildOnly }
        guard try await isModerator(context, guild: guild) else { return Self.moderatorsOnly(context) }
        guard let user = context.string("member").flatMap(Snowflake.init), let points = context.integer("points"),
              let reason = Self.reason(context) else { return .ephemeral(context.text(MessageKeys.Mileage.adjustMissing)) }
        if context.command?.resolved?.users[user]?.bot == true { return .ephemeral(context.text(MessageKeys.Mileage.adjustBot)) }
        guard points != 0, Self.adjustRange.contains(points) else {
            return .ephemeral(context.text(MessageKeys.Mileage.adjustOutOfRange,
                                           ["min": String(Self.adjustRange.lowerBound), "max": String(Self.adjustRange.upperBound)]))
        }
        switch try await engine.adjust(guild: guild, user: user, points: Int(points), reason: reason, by: actor,
                                       sourceID: "interaction:\(context.interaction.id)", at: now()) {
        case .applied(let eventID, _, let applied, let total):
            let text = context.text(MessageKeys.Mileage.adjustApplied, [
                "user": user.description, "event": String(eventID),
                "points": MileageText.points(applied, in: context.language, bold: true, signed: true),
                "total": MileageText.points(total, in: context.language, bold: true),
            ])
            return .message(MessagePayload(content: text, allowedMentions: .nobody), ephemeral: true)
        case .duplicate: return .ephemeral(context.text(MessageKeys.Mileage.adjustDuplicate))
        case .notFound, .alreadyReversed: return context.unavailable
        }
    }

    private func reverse(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let actor = context.user?.id else { return context.guildOnly }
        guard try await isModerator(context, guild: guild) else { return Self.moderatorsOnly(context) }
        guard let eventID = context.integer("event"), let reason = Self.reason(context) else {
            return .ephemeral(context.text(MessageKeys.Mileage.reverseMissing))
        }
        switch try await engine.reverse(event: eventID, guild: guild, reason: reason, by: actor, at: now()) {
        case .applied(_, let user, let points, let total):
            let text = context.text(MessageKeys.Mileage.reverseApplied, [
                "event": String(eventID), "user": user.description,
                "points": MileageText.points(points, in: context.language, signed: true),
                "total": MileageText.points(total, in: context.language, bold: true),
            ])
            return .message(MessagePayload(content: text, allowedMentions: .nobody), ephemeral: true)
        case .alreadyReversed(let at):
            return .ephemeral(context.text(MessageKeys.Mileage.reverseAlready,
                                           ["event": String(eventID), "when": "<t:\(Int(at.timeIntervalSince1970)):R>"]))
        case .notFound, .duplicate:
            return .ephemeral(context.text(MessageKeys.Mileage.reverseNotFound, ["event": String(eventID)]))
        }
    }

    private func history(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID else { return context.guildOnly }
        guard try await isModerator(context, guild: guild) else { return Self.moderatorsOnly(context) }
        guard let user = context.string("member").flatMap(Snowflake.init) else { return .ephemeral(context.text(MessageKeys.Mileage.historyMissing)) }
        let standing = try await ledger.standing(guild: guild, user: user, recent: 15)
        let header = context.text(MessageKeys.Mileage.historyHeader,
                                  ["user": user.description, "total": MileageText.points(standing.total, in: context.language, bold: true)])
        let lines = [header] + standing.recent.map { MileageText.line($0, in: context.language) }
        return .message(MessagePayload(content: lines.joined(separator: "\n"), allowedMentions: .nobody), ephemeral: true)
    }

    // MARK: Helpers

    private static func moderatorsOnly(_ context: InteractionContext) -> InteractionReply {
        .ephemeral(context.text(MessageKeys.Mileage.moderatorsOnly))
    }

    private func isModerator(_ context: InteractionContext, guild: Snowflake) async throws -> Bool {
        if context.invokerHas(Self.managerPermission) { return true }
        guard let role = try await config.settings(guild: guild).moderatorRoleID else { return false }
        return context.interaction.member?.roles.contains(role) ?? false
    }

    private static func reason(_ context: InteractionContext) -> String? {
        guard let text = context.string("reason")?.trimmingCharacters(in: .whitespacesAndNewlines), reasonLength.contains(text.count) else { return nil }
        return text
    }
}

/// `/mileage tier-set|tier-remove|rule|settings`: the guild's tiers, event map and settings,
/// for those with Manage Server (the router checks the permission before these run).
extension MileageCommands {
    func setTier(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let role = context.string("role").flatMap(Snowflake.init), let threshold = context.integer("points")
        else { return .ephemeral(context.text(MessageKeys.Mileage.tierSetMissing)) }
        if guild == role { return .ephemeral(context.text(MessageKeys.Mileage.tierSetEveryone)) }
        try await config.setTier(MileageTier(threshold: threshold, roleID: role), guild: guild, at: now())
        let text = context.text(MessageKeys.Mileage.tierSetDone,
                                ["role": role.description, "threshold": MileageText.points(threshold, in: context.language, bold: true)])
        return .message(MessagePayload(content: text, allowedMentions: .nobody), ephemeral: true)
    }

    func removeTier(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let threshold = context.integer("points") else {
            return .ephemeral(context.text(MessageKeys.Mileage.tierRemoveMissing))
        }
        let removed = try await config.removeTier(threshold: threshold, guild: guild)
        return .ephemeral(context.text(removed ? MessageKeys.Mileage.tierRemoveDone : MessageKeys.Mileage.tierRemoveNotFound,
                                       ["threshold": MileageText.points(threshold, in: context.language)]))
    }

    func setRule(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let type = context.string("event").flatMap(MileageEventType.init(rawValue:)),
              let points = context.integer("points") else { return .ephemeral(context.text(MessageKeys.Mileage.ruleMissing)) }
        var rule = (try await config.rules(guild: guild))[type] ?? MileageRule.fallback(for: type)
        rule.points = Int(points)
        if let cooldown = context.integer("cooldown") { rule.cooldownSeconds = Int(cooldown) }
        try await config.setRule(type, rule, guild: guild, at: now())
        var values = ["type": type.label(in: context.language), "points": MileageText.points(rule.points, in: context.language)]
        guard rule.cooldownSeconds > 0 else { return .ephemeral(context.text(MessageKeys.Mileage.ruleDoneNoCooldown, values)) }
        values["cooldown"] = context.plural(MessageKeys.Mileage.cooldownSeconds, rule.cooldownSeconds)
        return .ephemeral(context.text(MessageKeys.Mileage.ruleDone, values))
    }

    func changeSettings(_ context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID else { return context.guildOnly }
        var settings = try await config.settings(guild: guild)
        if let mode = context.string("tier-mode").flatMap(MileageTierMode.init(rawValue:)) { settings.tierMode = mode }
        if let role = context.string("moderator-role").flatMap(Snowflake.init) { settings.moderatorRoleID = role == guild ? nil : role }
        try await config.setSettings(settings, guild: guild, at: now())
        let moderators = settings.moderatorRoleID.map { context.text(MessageKeys.Mileage.settingsModeratorsRole, ["role": $0.description]) }
            ?? context.text(MessageKeys.Mileage.settingsModeratorsNone)
        let mode = context.text(settings.tierMode == .stack ? MessageKeys.Mileage.tierModeStack : MessageKeys.Mileage.tierModeReplace)
        return .message(MessagePayload(content: context.text(MessageKeys.Mileage.settingsDone, ["mode": mode, "moderators": moderators]),
                                       allowedMentions: .nobody), ephemeral: true)
    }
}

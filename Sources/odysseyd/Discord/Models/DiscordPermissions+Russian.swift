/// Permission names as Discord's Russian client shows them (Server Settings → Roles →
/// Permissions), so a refusal names the switch a Russian-speaking admin actually sees.
///
/// ```swift
/// DiscordPermissions([.manageRoles, .kickMembers]).names(in: .ru)   // ["Выгонять участников", "Управлять ролями"]
/// ```
extension DiscordPermissions {
    /// Keyed by the flag's bit; every flag in ``named`` has one (`DiscordPermissionsTests` checks).
    static let russianNames: [UInt64: String] = [
        DiscordPermissions.createInstantInvite.rawValue: "Создание приглашения",
        DiscordPermissions.kickMembers.rawValue: "Выгонять участников",
        DiscordPermissions.banMembers.rawValue: "Банить участников",
        DiscordPermissions.administrator.rawValue: "Администратор",
        DiscordPermissions.manageChannels.rawValue: "Управлять каналами",
        DiscordPermissions.manageGuild.rawValue: "Управлять сервером",
        DiscordPermissions.addReactions.rawValue: "Добавлять реакции",
        DiscordPermissions.viewAuditLog.rawValue: "Просматривать журнал аудита",
        DiscordPermissions.prioritySpeaker.rawValue: "Приоритетный режим",
        DiscordPermissions.stream.rawValue: "Видео",
        DiscordPermissions.viewChannel.rawValue: "Просматривать каналы",
        DiscordPermissions.sendMessages.rawValue: "Отправлять сообщения",
        DiscordPermissions.sendTTSMessages.rawValue: "Отправлять сообщения text-to-speech",
        DiscordPermissions.manageMessages.rawValue: "Управлять сообщениями",
        DiscordPermissions.embedLinks.rawValue: "Встраивать ссылки",
        DiscordPermissions.attachFiles.rawValue: "Прикреплять файлы",
        DiscordPermissions.readMessageHistory.rawValue: "Читать историю сообщений",
        DiscordPermissions.mentionEveryone.rawValue: "Упоминание @everyone, @here и всех ролей",
        DiscordPermissions.useExternalEmojis.rawValue: "Использовать внешние эмодзи",
        DiscordPermissions.viewGuildInsights.rawValue: "Просматривать аналитику сервера",
        DiscordPermissions.connect.rawValue: "Подключаться",
        DiscordPermissions.speak.rawValue: "Говорить",
        DiscordPermissions.muteMembers.rawValue: "Отключать участникам микрофон",
        DiscordPermissions.deafenMembers.rawValue: "Отключать участникам звук",
        DiscordPermissions.moveMembers.rawValue: "Перемещать участников",
        DiscordPermissions.useVad.rawValue: "Использовать режим активации по голосу",
        DiscordPermissions.changeNickname.rawValue: "Изменить никнейм",
        DiscordPermissions.manageNicknames.rawValue: "Управлять никнеймами",
        DiscordPermissions.manageRoles.rawValue: "Управлять ролями",
        DiscordPermissions.manageWebhooks.rawValue: "Управлять вебхуками",
        DiscordPermissions.manageGuildExpressions.rawValue: "Управлять выражениями",
        DiscordPermissions.useApplicationCommands.rawValue: "Использовать команды приложений",
        DiscordPermissions.requestToSpeak.rawValue: "Попросить выступить",
        DiscordPermissions.manageEvents.rawValue: "Управлять событиями",
        DiscordPermissions.manageThreads.rawValue: "Управлять ветками",
        DiscordPermissions.createPublicThreads.rawValue: "Создавать публичные ветки",
        DiscordPermissions.createPrivateThreads.rawValue: "Создавать приватные ветки",
        DiscordPermissions.useExternalStickers.rawValue: "Использовать внешние стикеры",
        DiscordPermissions.sendMessagesInThreads.rawValue: "Отправлять сообщения в ветках",
        DiscordPermissions.useEmbeddedActivities.rawValue: "Использовать активности",
        DiscordPermissions.moderateMembers.rawValue: "Отправить участников подумать о своём поведении",
        DiscordPermissions.viewCreatorMonetizationAnalytics.rawValue: "Просматривать аналитику монетизации",
        DiscordPermissions.useSoundboard.rawValue: "Использовать звуковую панель",
        DiscordPermissions.createGuildExpressions.rawValue: "Создавать выражения",
        DiscordPermissions.createEvents.rawValue: "Создавать события",
        DiscordPermissions.useExternalSounds.rawValue: "Использовать внешние звуки",
        DiscordPermissions.sendVoiceMessages.rawValue: "Отправлять голосовые сообщения",
        DiscordPermissions.setVoiceChannelStatus.rawValue: "Устанавливать статус голосового канала",
        DiscordPermissions.sendPolls.rawValue: "Создавать опросы",
        DiscordPermissions.useExternalApps.rawValue: "Использовать внешние приложения",
        DiscordPermissions.pinMessages.rawValue: "Закреплять сообщения",
        DiscordPermissions.bypassSlowmode.rawValue: "Обходить медленный режим",
    ]

    /// ``names`` in `language`: Discord's English names for `.en` (and for any flag without a
    /// Russian one, so nothing is hidden), unknown bits as "Unknown (1 << n)" in both.
    func names(in language: Language) -> [String] {
        switch language {
        case .en:
            return names
        case .ru:
            var result = Self.named.filter { contains($0.permission) }
                .map { Self.russianNames[$0.permission.rawValue] ?? $0.name }
            let unknown = rawValue & ~Self.all.rawValue
            for bit in 0..<64 where unknown & (1 << UInt64(bit)) != 0 {
                result.append("Неизвестное (1 << \(bit))")
            }
            return result
        }
    }
}

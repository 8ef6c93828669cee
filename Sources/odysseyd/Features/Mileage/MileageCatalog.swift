extension MessageKeys {
    enum Mileage {
        static let meTitle = "mileage.me.title"
        static let meTotalRanked = "mileage.me.total_ranked"
        static let meNextTier = "mileage.me.next_tier"
        static let meTopTier = "mileage.me.top_tier"

        static let leaderboardTitle = "mileage.leaderboard.title"
        static let leaderboardLine = "mileage.leaderboard.line"
        static let leaderboardEmpty = "mileage.leaderboard.empty"
        static let leaderboardPage = "mileage.leaderboard.page"
        static let leaderboardPrevious = "mileage.leaderboard.previous"
        static let leaderboardNext = "mileage.leaderboard.next"

        static let moderatorsOnly = "mileage.moderators_only"
        static let adjustMissing = "mileage.adjust.missing"
        static let adjustBot = "mileage.adjust.bot"
        static let adjustOutOfRange = "mileage.adjust.out_of_range"
        static let adjustApplied = "mileage.adjust.applied"
        static let adjustDuplicate = "mileage.adjust.duplicate"
        static let reverseMissing = "mileage.reverse.missing"
        static let reverseApplied = "mileage.reverse.applied"
        static let reverseAlready = "mileage.reverse.already"
        static let reverseNotFound = "mileage.reverse.not_found"
        static let historyMissing = "mileage.history.missing"
        static let historyHeader = "mileage.history.header"

        static let tierSetMissing = "mileage.tier_set.missing"
        static let tierSetEveryone = "mileage.tier_set.everyone"
        static let tierSetDone = "mileage.tier_set.done"
        static let tierRemoveMissing = "mileage.tier_remove.missing"
        static let tierRemoveDone = "mileage.tier_remove.done"
        static let tierRemoveNotFound = "mileage.tier_remove.not_found"
        static let ruleMissing = "mileage.rule.missing"
        static let ruleDone = "mileage.rule.done"
        static let ruleDoneNoCooldown = "mileage.rule.done_no_cooldown"
        static let settingsDone = "mileage.settings.done"
        static let settingsModeratorsRole = "mileage.settings.moderators_role"
        static let settingsModeratorsNone = "mileage.settings.moderators_none"
        static let tierModeStack = "mileage.tier_mode.stack"
        static let tierModeReplace = "mileage.tier_mode.replace"

        static let eventLine = "mileage.event.line"
        static let eventLineWithReason = "mileage.event.line_with_reason"
        static let eventReversed = "mileage.event.reversed"
        static let eventMessageSent = "mileage.event_type.message_sent"
        static let eventReactionAdded = "mileage.event_type.reaction_added"
        static let eventVoiceMinute = "mileage.event_type.voice_minute"
        static let eventSignUpJoined = "mileage.event_type.sign_up_joined"
        static let eventPerformedOnStage = "mileage.event_type.performed_on_stage"
        static let eventCommandUsed = "mileage.event_type.command_used"
        static let eventManualAdjustment = "mileage.event_type.manual_adjustment"

        /// Audit log reasons of `mileage.tiers.sync`, in the guild's language.
        static let auditReached = "mileage.audit.reached"
        static let auditReplaced = "mileage.audit.replaced"
        static let auditBelow = "mileage.audit.below"

        /// Plural keys: the catalogs hold `<key>.one`, `.few` and `.many` (``Localizer/plural(_:_:in:)``).
        static let points = "mileage.count.points"
        /// "of N members" after a rank: Russian needs the genitive (из 21 участника, из 5 участников).
        static let membersOf = "mileage.count.members_of"
        /// "once every N seconds": Russian needs the accusative (раз в 1 секунду, раз в 5 секунд).
        static let cooldownSeconds = "mileage.count.cooldown_seconds"
    }
}

extension CatalogSection {
    /// Mileage is «мили» in Russian (like airline miles): a count reads «1 миля, 2 мили, 5 миль».
    /// Discord's permission is named as the Russian client names it, «Управлять сервером».
    static let mileage = CatalogSection(
        keys: [
            MessageKeys.Mileage.meTitle, MessageKeys.Mileage.meTotalRanked,
            MessageKeys.Mileage.meNextTier, MessageKeys.Mileage.meTopTier,
            MessageKeys.Mileage.leaderboardTitle, MessageKeys.Mileage.leaderboardLine, MessageKeys.Mileage.leaderboardEmpty,
            MessageKeys.Mileage.leaderboardPage, MessageKeys.Mileage.leaderboardPrevious, MessageKeys.Mileage.leaderboardNext,
            MessageKeys.Mileage.moderatorsOnly, MessageKeys.Mileage.adjustMissing, MessageKeys.Mileage.adjustBot,
            MessageKeys.Mileage.adjustOutOfRange, MessageKeys.Mileage.adjustApplied, MessageKeys.Mileage.adjustDuplicate,
            MessageKeys.Mileage.reverseMissing, MessageKeys.Mileage.reverseApplied, MessageKeys.Mileage.reverseAlready,
            MessageKeys.Mileage.reverseNotFound, MessageKeys.Mileage.historyMissing, MessageKeys.Mileage.historyHeader,
            MessageKeys.Mileage.tierSetMissing, MessageKeys.Mileage.tierSetEveryone, MessageKeys.Mileage.tierSetDone,
            MessageKeys.Mileage.tierRemoveMissing, MessageKeys.Mileage.tierRemoveDone, MessageKeys.Mileage.tierRemoveNotFound,
            MessageKeys.Mileage.ruleMissing, MessageKeys.Mileage.ruleDone, MessageKeys.Mileage.ruleDoneNoCooldown,
            MessageKeys.Mileage.settingsDone, MessageKeys.Mileage.settingsModeratorsRole, MessageKeys.Mileage.settingsModeratorsNone,
            MessageKeys.Mileage.tierModeStack, MessageKeys.Mileage.tierModeReplace,
            MessageKeys.Mileage.eventLine, MessageKeys.Mileage.eventLineWithReason, MessageKeys.Mileage.eventReversed,
            MessageKeys.Mileage.eventMessageSent, MessageKeys.Mileage.eventReactionAdded, MessageKeys.Mileage.eventVoiceMinute,
            MessageKeys.Mileage.eventSignUpJoined, MessageKeys.Mileage.eventPerformedOnStage, MessageKeys.Mileage.eventCommandUsed,
            MessageKeys.Mileage.eventManualAdjustment,
            MessageKeys.Mileage.auditReached, MessageKeys.Mileage.auditReplaced, MessageKeys.Mileage.auditBelow,
        ],
        plurals: [MessageKeys.Mileage.points, MessageKeys.Mileage.membersOf, MessageKeys.Mileage.cooldownSeconds],
        ru: [
            "mileage.me.title": "Ваши мили",
            "mileage.me.total_ranked": "{points} — {rank}-е место из {members}",
            "mileage.me.next_tier": "До следующего уровня <@&{role}> ({threshold}): ещё {remaining}.",
            "mileage.me.top_tier": "У вас высший уровень.",

            "mileage.leaderboard.title": "Лидеры по милям",
            "mileage.leaderboard.line": "**{rank}.** <@{user}> — {points}",
            "mileage.leaderboard.empty": "Пока никто не заработал ни одной мили.",
            "mileage.leaderboard.page": "Страница {page} из {pages}",
            "mileage.leaderboard.previous": "Назад",
            "mileage.leaderboard.next": "Вперёд",

            "mileage.moderators_only": "Это могут только модераторы: участники с правом «Управлять сервером» или с ролью модератора миль.",
            "mileage.adjust.missing": "Укажите участника, количество миль и причину.",
            "mileage.adjust.bot": "Боты не получают мили.",
            "mileage.adjust.out_of_range": "Укажите число от {min} до {max}, кроме 0.",
            "mileage.adjust.applied": "Корректировка для <@{user}>: {points} (событие #{event}). Теперь всего: {total}.",
            "mileage.adjust.duplicate": "Эта корректировка уже проведена.",
            "mileage.reverse.missing": "Укажите номер события и причину.",
            "mileage.reverse.applied": "Событие #{event} отменено: <@{user}> {points}. Теперь всего: {total}.",
            "mileage.reverse.already": "Событие #{event} уже отменено {when}.",
            "mileage.reverse.not_found": "На этом сервере нет события #{event}.",
            "mileage.history.missing": "Чью историю показать?",
            "mileage.history.header": "<@{user}>: всего {total}",

            "mileage.tier_set.missing": "Укажите роль и сколько миль для неё нужно набрать.",
            "mileage.tier_set.everyone": "Роль @everyone не может быть уровнем.",
            "mileage.tier_set.done": "Уровень настроен: <@&{role}> — {threshold}. Участники получат роль, как только наберут столько.",
            "mileage.tier_remove.missing": "Какой уровень убрать?",
            "mileage.tier_remove.done": "Уровень удалён ({threshold}). Участники сохранят роль до следующей синхронизации.",
            "mileage.tier_remove.not_found": "Уровня с таким порогом нет ({threshold}).",
            "mileage.rule.missing": "Укажите событие и сколько миль за него давать.",
            "mileage.rule.done": "**{type}**: {points}, не чаще раза в {cooldown} для каждого участника.",
            "mileage.rule.done_no_cooldown": "**{type}**: {points}, без ограничения по частоте.",
            "mileage.settings.done": "Режим ролей: {mode}. Корректировки могут делать: {moderators}.",
            "mileage.settings.moderators_role": "<@&{role}> и участники с правом «Управлять сервером»",
            "mileage.settings.moderators_none": "только участники с правом «Управлять сервером»",
            "mileage.tier_mode.stack": "**все достигнутые уровни** (stack)",
            "mileage.tier_mode.replace": "**только высший уровень** (replace)",

            "mileage.event.line": "`#{id}` {points} — {type}, {when}",
            "mileage.event.line_with_reason": "`#{id}` {points} — {type}, {when}: {reason}",
            "mileage.event.reversed": "~~{line}~~ (отменено)",
            "mileage.event_type.message_sent": "сообщения",
            "mileage.event_type.reaction_added": "реакции",
            "mileage.event_type.voice_minute": "минуты в голосовых каналах",
            "mileage.event_type.sign_up_joined": "записи на выступление",
            "mileage.event_type.performed_on_stage": "выступления на сцене",
            "mileage.event_type.command_used": "команды",
            "mileage.event_type.manual_adjustment": "ручные корректировки",

            "mileage.audit.reached": "Уровень по милям получен: порог — {threshold}",
            "mileage.audit.replaced": "Уровень по милям заменён более высоким",
            "mileage.audit.below": "Уровень по милям снят: всего {total}, а порог — {threshold}",

            "mileage.count.points.one": "{count} миля",
            "mileage.count.points.few": "{count} мили",
            "mileage.count.points.many": "{count} миль",
            "mileage.count.members_of.one": "{count} участника",
            "mileage.count.members_of.few": "{count} участников",
            "mileage.count.members_of.many": "{count} участников",
            "mileage.count.cooldown_seconds.one": "{count} секунду",
            "mileage.count.cooldown_seconds.few": "{count} секунды",
            "mileage.count.cooldown_seconds.many": "{count} секунд",
        ],
        en: [
            "mileage.me.title": "Your mileage",
            "mileage.me.total_ranked": "{points} — #{rank} of {members}",
            "mileage.me.next_tier": "Next tier: <@&{role}> at {threshold} ({remaining} to go).",
            "mileage.me.top_tier": "You hold the top tier.",

            "mileage.leaderboard.title": "Mileage leaderboard",
            "mileage.leaderboard.line": "**{rank}.** <@{user}> — {points}",
            "mileage.leaderboard.empty": "Nobody has earned mileage yet.",
            "mileage.leaderboard.page": "Page {page} of {pages}",
            "mileage.leaderboard.previous": "Previous",
            "mileage.leaderboard.next": "Next",

            "mileage.moderators_only": "Only moderators (Manage Server or the mileage moderator role) can do this.",
            "mileage.adjust.missing": "Give a member, the points and a reason.",
            "mileage.adjust.bot": "Bots never earn mileage.",
            "mileage.adjust.out_of_range": "Adjust by a number from {min} to {max}, not 0.",
            "mileage.adjust.applied": "Adjusted <@{user}> by {points} (event #{event}); total {total}.",
            "mileage.adjust.duplicate": "This adjustment was already made.",
            "mileage.reverse.missing": "Give the event number and a reason.",
            "mileage.reverse.applied": "Reversed event #{event}: <@{user}> {points}, total {total}.",
            "mileage.reverse.already": "Event #{event} was already reversed {when}.",
            "mileage.reverse.not_found": "There is no event #{event} in this server.",
            "mileage.history.missing": "Whose history?",
            "mileage.history.header": "<@{user}>: {total}",

            "mileage.tier_set.missing": "Give a role and the points it takes.",
            "mileage.tier_set.everyone": "@everyone cannot be a tier.",
            "mileage.tier_set.done": "<@&{role}> is now the tier for {threshold}. Members get it as their total crosses it.",
            "mileage.tier_remove.missing": "Which tier?",
            "mileage.tier_remove.done": "The {threshold} tier is gone; members keep the role until their next sync.",
            "mileage.tier_remove.not_found": "There is no tier at {threshold}.",
            "mileage.rule.missing": "Give an event and its points.",
            "mileage.rule.done": "**{type}**: {points}, at most once every {cooldown} per member.",
            "mileage.rule.done_no_cooldown": "**{type}**: {points}, with no cooldown.",
            "mileage.settings.done": "Tier roles: {mode}. Adjustments: {moderators}.",
            "mileage.settings.moderators_role": "<@&{role}> and Manage Server",
            "mileage.settings.moderators_none": "Manage Server only",
            "mileage.tier_mode.stack": "**stack** (members keep every tier they reached)",
            "mileage.tier_mode.replace": "**replace** (members keep only their highest tier)",

            "mileage.event.line": "`#{id}` {points} — {type} {when}",
            "mileage.event.line_with_reason": "`#{id}` {points} — {type} {when}: {reason}",
            "mileage.event.reversed": "~~{line}~~ (reversed)",
            "mileage.event_type.message_sent": "messages",
            "mileage.event_type.reaction_added": "reactions",
            "mileage.event_type.voice_minute": "voice minutes",
            "mileage.event_type.sign_up_joined": "stage sign-ups",
            "mileage.event_type.performed_on_stage": "stage performances",
            "mileage.event_type.command_used": "commands",
            "mileage.event_type.manual_adjustment": "adjustments",

            "mileage.audit.reached": "Mileage tier: reached {threshold}",
            "mileage.audit.replaced": "Mileage tier: replaced by a higher tier",
            "mileage.audit.below": "Mileage tier: total {total} is below {threshold}",

            // "mi" is a unit, the same for any count.
            "mileage.count.points.one": "{count} mi",
            "mileage.count.points.few": "{count} mi",
            "mileage.count.points.many": "{count} mi",
            "mileage.count.members_of.one": "{count} member",
            "mileage.count.members_of.few": "{count} members",
            "mileage.count.members_of.many": "{count} members",
            "mileage.count.cooldown_seconds.one": "{count} second",
            "mileage.count.cooldown_seconds.few": "{count} seconds",
            "mileage.count.cooldown_seconds.many": "{count} seconds",
        ]
    )
}

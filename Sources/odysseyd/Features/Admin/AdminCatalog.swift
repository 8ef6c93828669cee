extension MessageKeys {
    /// `/admin`'s replies. Setting keys, feature names, schedule names and on/off stay as typed
    /// in the command (they are what an admin types back), in both languages.
    enum Admin {
        static let refusal = "admin.refusal"

        static let featureUsage = "admin.feature.usage"
        static let featureSwitchedOn = "admin.feature.switched_on"
        static let featureSwitchedOff = "admin.feature.switched_off"
        static let featureUnchangedOn = "admin.feature.unchanged_on"
        static let featureUnchangedOff = "admin.feature.unchanged_off"
        static let featureAllUnchangedOn = "admin.feature.all_unchanged_on"
        static let featureAllUnchangedOff = "admin.feature.all_unchanged_off"
        static let featureUnknown = "admin.feature.unknown"

        static let configGetUsage = "admin.config.get_usage"
        static let configSetUsage = "admin.config.set_usage"
        static let configValue = "admin.config.value"
        static let configDefaultApplies = "admin.config.default_applies"
        static let configChanged = "admin.config.changed"
        static let configNotSet = "admin.config.not_set"
        static let configInvalid = "admin.config.invalid"
        static let configInvalidOrUnset = "admin.config.invalid_or_unset"
        static let configCannotUnset = "admin.config.cannot_unset"
        static let configOr = "admin.config.or"
        static let configExpectedTimeZone = "admin.config.expected.time_zone"
        static let configExpectedID = "admin.config.expected.id"
        static let configExpectedFlag = "admin.config.expected.flag"

        static let scheduleUsage = "admin.schedule.usage"
        static let scheduleUnknown = "admin.schedule.unknown"
        static let scheduleSwitchedOn = "admin.schedule.switched_on"
        static let scheduleSwitchedOff = "admin.schedule.switched_off"

        static let statusTitle = "admin.status.title"
        static let statusHealthy = "admin.status.healthy"
        static let statusDegraded = "admin.status.degraded"
        static let statusNoJobs = "admin.status.no_jobs"
        static let statusQueueLine = "admin.status.queue_line"
        static let statusQueued = "admin.status.queued"
        static let statusFailed = "admin.status.failed"
    }
}

extension CatalogSection {
    static let admin = CatalogSection(
        keys: [
            MessageKeys.Admin.refusal,
            MessageKeys.Admin.featureUsage, MessageKeys.Admin.featureSwitchedOn, MessageKeys.Admin.featureSwitchedOff,
            MessageKeys.Admin.featureUnchangedOn, MessageKeys.Admin.featureUnchangedOff,
            MessageKeys.Admin.featureAllUnchangedOn, MessageKeys.Admin.featureAllUnchangedOff, MessageKeys.Admin.featureUnknown,
            MessageKeys.Admin.configGetUsage, MessageKeys.Admin.configSetUsage, MessageKeys.Admin.configValue,
            MessageKeys.Admin.configDefaultApplies, MessageKeys.Admin.configChanged, MessageKeys.Admin.configNotSet,
            MessageKeys.Admin.configInvalid, MessageKeys.Admin.configInvalidOrUnset, MessageKeys.Admin.configCannotUnset,
            MessageKeys.Admin.configOr, MessageKeys.Admin.configExpectedTimeZone, MessageKeys.Admin.configExpectedID,
            MessageKeys.Admin.configExpectedFlag,
            MessageKeys.Admin.scheduleUsage, MessageKeys.Admin.scheduleUnknown,
            MessageKeys.Admin.scheduleSwitchedOn, MessageKeys.Admin.scheduleSwitchedOff,
            MessageKeys.Admin.statusTitle, MessageKeys.Admin.statusHealthy, MessageKeys.Admin.statusDegraded,
            MessageKeys.Admin.statusNoJobs, MessageKeys.Admin.statusQueueLine, MessageKeys.Admin.statusQueued,
            MessageKeys.Admin.statusFailed,
        ],
        ru: [
            "admin.refusal": "Чтобы пользоваться /admin, нужно право «{permission}» или роль администратора бота на этом сервере (`admin_role`).",

            "admin.feature.usage": "Укажите функцию и что с ней сделать: включить или выключить.",
            "admin.feature.switched_on": "Включено на этом сервере: {features}.",
            "admin.feature.switched_off": "Выключено на этом сервере: {features}.",
            "admin.feature.unchanged_on": "Ничего не изменилось: на этом сервере уже включено — {features}.",
            "admin.feature.unchanged_off": "Ничего не изменилось: на этом сервере уже выключено — {features}.",
            "admin.feature.all_unchanged_on": "Ничего не изменилось: на этом сервере уже включены все функции.",
            "admin.feature.all_unchanged_off": "Ничего не изменилось: на этом сервере уже выключены все функции.",
            "admin.feature.unknown": "Ничего не изменено: функции {name} нет. Доступные функции: {features}.",

            "admin.config.get_usage": "Укажите настройку: {keys}.",
            "admin.config.set_usage": "Укажите настройку и её значение.",
            "admin.config.value": "`{key}`: {value}.",
            "admin.config.default_applies": "не задано (действует значение по умолчанию)",
            "admin.config.changed": "`{key}`: {before} → {after}.",
            "admin.config.not_set": "не задано",
            "admin.config.invalid": "Ничего не изменено: для {key} нужно указать {expected}.",
            "admin.config.invalid_or_unset": "Ничего не изменено: для {key} нужно указать {expected} или unset, чтобы очистить.",
            "admin.config.cannot_unset": "Ничего не изменено: {key} нельзя очистить, нужно указать {expected}.",
            "admin.config.or": " или ",
            "admin.config.expected.time_zone": "часовой пояс IANA, например Europe/Moscow или UTC",
            "admin.config.expected.id": "id (цифрами или упоминанием #канала / @роли)",
            "admin.config.expected.flag": "on или off",

            "admin.schedule.usage": "Укажите расписание и что с ним сделать: включить или выключить.",
            "admin.schedule.unknown": "Расписания {name} нет.",
            "admin.schedule.switched_on": "Расписание {name} включено (на всех серверах, где работает бот).",
            "admin.schedule.switched_off": "Расписание {name} выключено (на всех серверах, где работает бот).",

            "admin.status.title": "Odyssey {version} — {state}",
            "admin.status.healthy": "всё в порядке",
            "admin.status.degraded": "есть неполадки",
            "admin.status.no_jobs": "Очереди задач пусты.",
            "admin.status.queue_line": "`{queue}`: ждут {waiting}, на повторе {retrying}",
            "admin.status.queued": "В очереди",
            "admin.status.failed": "С ошибкой (dead letter)",
        ],
        en: [
            "admin.refusal": "You need the {permission} permission or this server's admin role (`admin_role`) to use /admin.",

            "admin.feature.usage": "Name a feature and on or off.",
            "admin.feature.switched_on": "Switched on in this server: {features}.",
            "admin.feature.switched_off": "Switched off in this server: {features}.",
            "admin.feature.unchanged_on": "Nothing changed: {features} was already on here.",
            "admin.feature.unchanged_off": "Nothing changed: {features} was already off here.",
            "admin.feature.all_unchanged_on": "Nothing changed: every feature was already on here.",
            "admin.feature.all_unchanged_off": "Nothing changed: every feature was already off here.",
            "admin.feature.unknown": "Not changed: there is no feature {name}. Features: {features}.",

            "admin.config.get_usage": "Name a setting: {keys}.",
            "admin.config.set_usage": "Name a setting and its value.",
            "admin.config.value": "`{key}` is {value}.",
            "admin.config.default_applies": "not set (the server default applies)",
            "admin.config.changed": "`{key}`: {before} → {after}.",
            "admin.config.not_set": "not set",
            "admin.config.invalid": "Not changed: {key} must be {expected}.",
            "admin.config.invalid_or_unset": "Not changed: {key} must be {expected}, or unset.",
            "admin.config.cannot_unset": "Not changed: {key} cannot be unset: it must be {expected}.",
            "admin.config.or": " or ",
            "admin.config.expected.time_zone": "an IANA zone such as Europe/Moscow or UTC",
            "admin.config.expected.id": "an id (digits, or a #channel / @role mention)",
            "admin.config.expected.flag": "on or off",

            "admin.schedule.usage": "Name a schedule and on or off.",
            "admin.schedule.unknown": "There is no schedule called {name}.",
            "admin.schedule.switched_on": "Schedule {name} is on (for every server this bot runs).",
            "admin.schedule.switched_off": "Schedule {name} is off (for every server this bot runs).",

            "admin.status.title": "Odyssey {version} — {state}",
            "admin.status.healthy": "healthy",
            "admin.status.degraded": "degraded",
            "admin.status.no_jobs": "No jobs waiting.",
            "admin.status.queue_line": "`{queue}` {waiting} waiting, {retrying} retrying",
            "admin.status.queued": "Queued",
            "admin.status.failed": "Failed (dead letter)",
        ]
    )
}

extension MessageKeys {
    enum Stats {
        static let title = "stats.title"
        static let footer = "stats.footer"
        static let empty = "stats.empty"
        static let line = "stats.line"
        static let more = "stats.more"
        static let usesField = "stats.field.uses"
        static let membersField = "stats.field.members"
        static let activeDaysField = "stats.field.active_days"
        /// Plural keys: the catalogs hold `<key>.one`, `.few` and `.many` (``Localizer/plural(_:_:in:)``).
        static let days = "stats.count.days"
        static let uses = "stats.count.uses"
        static let members = "stats.count.members"
        static let moreCommands = "stats.count.more_commands"
    }
}

extension CatalogSection {
    static let stats = CatalogSection(
        keys: [
            MessageKeys.Stats.title, MessageKeys.Stats.footer, MessageKeys.Stats.empty, MessageKeys.Stats.line,
            MessageKeys.Stats.more, MessageKeys.Stats.usesField, MessageKeys.Stats.membersField,
            MessageKeys.Stats.activeDaysField,
        ],
        plurals: [MessageKeys.Stats.days, MessageKeys.Stats.uses, MessageKeys.Stats.members, MessageKeys.Stats.moreCommands],
        ru: [
            "stats.title": "Использование команд за {days}",
            "stats.footer": "Считается по дням UTC с {since}; последние секунды могут ещё не попасть в отчёт.",
            "stats.empty": "За это время здесь ещё не использовали ни одной команды. Попробуйте `/ping`!",
            "stats.line": "`/{command}`: {uses}, {members}",
            "stats.more": "…и ещё {commands}: {uses}",
            "stats.field.uses": "Использований",
            "stats.field.members": "Участников",
            "stats.field.active_days": "Активных дней",
            "stats.count.days.one": "{count} день",
            "stats.count.days.few": "{count} дня",
            "stats.count.days.many": "{count} дней",
            "stats.count.uses.one": "{count} использование",
            "stats.count.uses.few": "{count} использования",
            "stats.count.uses.many": "{count} использований",
            "stats.count.members.one": "{count} участник",
            "stats.count.members.few": "{count} участника",
            "stats.count.members.many": "{count} участников",
            "stats.count.more_commands.one": "{count} команда",
            "stats.count.more_commands.few": "{count} команды",
            "stats.count.more_commands.many": "{count} команд",
        ],
        en: [
            "stats.title": "Command usage, last {days}",
            "stats.footer": "Counted per UTC day since {since}; the last few seconds may not be in yet.",
            "stats.empty": "No commands used here in that time yet. Try `/ping`!",
            "stats.line": "`/{command}`: {uses}, {members}",
            "stats.more": "…and {commands} with {uses}",
            "stats.field.uses": "Uses",
            "stats.field.members": "Members",
            "stats.field.active_days": "Active days",
            "stats.count.days.one": "{count} day",
            "stats.count.days.few": "{count} days",
            "stats.count.days.many": "{count} days",
            "stats.count.uses.one": "{count} use",
            "stats.count.uses.few": "{count} uses",
            "stats.count.uses.many": "{count} uses",
            "stats.count.members.one": "{count} member",
            "stats.count.members.few": "{count} members",
            "stats.count.members.many": "{count} members",
            "stats.count.more_commands.one": "{count} more command",
            "stats.count.more_commands.few": "{count} more commands",
            "stats.count.more_commands.many": "{count} more commands",
        ]
    )
}

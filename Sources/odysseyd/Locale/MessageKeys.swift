/// Every catalog key the code uses, as constants, so a typo is a compile error and
/// `CatalogTests` can check each one exists in every language.
///
/// ```swift
/// context.text(MessageKeys.Interaction.unavailable)
/// ```
enum MessageKeys {
    enum Interaction {
        static let unavailable = "interaction.unavailable"
        static let guildOnly = "interaction.guild_only"
        static let missingPermission = "interaction.missing_permission"
        static let genericError = "interaction.generic_error"
        static let done = "interaction.done"
        static let featureOff = "interaction.feature_off"
    }

    enum Core {
        static let pong = "core.ping.pong"
        static let latencyUnknown = "core.ping.latency_unknown"
        static let latencyMilliseconds = "core.ping.latency_ms"
        static let aboutDescription = "core.about.description"
        static let aboutUptime = "core.about.uptime"
        static let aboutDatabase = "core.about.database"
        static let aboutGateway = "core.about.gateway"
        static let aboutJobs = "core.about.jobs"
        static let uptimeDays = "core.uptime.days"
        static let uptimeHours = "core.uptime.hours"
        static let uptimeMinutes = "core.uptime.minutes"
    }

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

    /// Keys rendered through ``Localizer/plural(_:_:in:)``; each stands for its three forms.
    static let plurals: [String] = [Stats.days, Stats.uses, Stats.members, Stats.moreCommands]

    /// Every catalog entry the code uses, plural forms expanded; `CatalogTests` iterates it, so a
    /// key added above belongs here (or in ``plurals``) too.
    static var all: [String] {
        singles + plurals.flatMap { key in Localizer.PluralForm.allCases.map { "\(key).\($0.rawValue)" } }
    }

    private static let singles: [String] = [
        Interaction.unavailable, Interaction.guildOnly, Interaction.missingPermission, Interaction.genericError,
        Interaction.done, Interaction.featureOff,
        Core.pong, Core.latencyUnknown, Core.latencyMilliseconds, Core.aboutDescription, Core.aboutUptime,
        Core.aboutDatabase, Core.aboutGateway, Core.aboutJobs, Core.uptimeDays, Core.uptimeHours, Core.uptimeMinutes,
        Stats.title, Stats.footer, Stats.empty, Stats.line, Stats.more, Stats.usesField, Stats.membersField, Stats.activeDaysField,
    ]
}

extension MessageKeys {
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
}

extension CatalogSection {
    static let core = CatalogSection(
        keys: [
            MessageKeys.Core.pong, MessageKeys.Core.latencyUnknown, MessageKeys.Core.latencyMilliseconds,
            MessageKeys.Core.aboutDescription, MessageKeys.Core.aboutUptime, MessageKeys.Core.aboutDatabase,
            MessageKeys.Core.aboutGateway, MessageKeys.Core.aboutJobs, MessageKeys.Core.uptimeDays,
            MessageKeys.Core.uptimeHours, MessageKeys.Core.uptimeMinutes,
        ],
        ru: [
            // "Pong!" stays: it is the answer to /ping in any language, and scripts look for it.
            "core.ping.pong": "Pong! Отклик шлюза: {latency}.",
            "core.ping.latency_unknown": "ещё не измерен",
            "core.ping.latency_ms": "{milliseconds} мс",
            "core.about.description": "Бот Discord-сообщества, работающий на Linux-сервере.",
            "core.about.uptime": "Время работы",
            "core.about.database": "База данных",
            "core.about.gateway": "Шлюз",
            "core.about.jobs": "Задачи",
            "core.uptime.days": "{days} д {hours} ч",
            "core.uptime.hours": "{hours} ч {minutes} мин",
            "core.uptime.minutes": "{minutes} мин {seconds} с",
        ],
        en: [
            "core.ping.pong": "Pong! Gateway heartbeat: {latency}.",
            "core.ping.latency_unknown": "not measured yet",
            "core.ping.latency_ms": "{milliseconds} ms",
            "core.about.description": "A Discord community bot running from a Linux server.",
            "core.about.uptime": "Uptime",
            "core.about.database": "Database",
            "core.about.gateway": "Gateway",
            "core.about.jobs": "Jobs",
            "core.uptime.days": "{days}d {hours}h",
            "core.uptime.hours": "{hours}h {minutes}m",
            "core.uptime.minutes": "{minutes}m {seconds}s",
        ]
    )
}

extension MessageKeys {
    /// The frame of `/admin doctor` (title, labels, the closing line, check titles). What the
    /// checks found is ``DoctorChecks``.
    enum Doctor {
        static let title = "doctor.title"
        static let fix = "doctor.fix"
        static let noIssues = "doctor.no_issues"
        static let found = "doctor.found"
        /// Plural: "{count} issues", for ``found``.
        static let issues = "doctor.issues"
        /// Plural: "in {count} categories", for ``found``.
        static let categories = "doctor.categories"

        /// The checks `DoctorCatalog` builds, by their `odysseyctl doctor NAME`.
        static let checkNames = [
            "migrations", "setup", "discord-token", "gateway", "permissions", "mileage-roles",
            "features", "schedules", "jobs", "control-socket",
        ]

        /// A check's title. The en text repeats the check's own `title` (what `odysseyctl doctor`
        /// prints); a check missing here keeps that title in every language.
        static func checkTitle(_ name: String) -> String { "doctor.check.\(name)" }
    }
}

extension CatalogSection {
    static let doctor = CatalogSection(
        keys: [
            MessageKeys.Doctor.title, MessageKeys.Doctor.fix, MessageKeys.Doctor.noIssues, MessageKeys.Doctor.found,
        ] + MessageKeys.Doctor.checkNames.map(MessageKeys.Doctor.checkTitle),
        plurals: [MessageKeys.Doctor.issues, MessageKeys.Doctor.categories],
        ru: [
            "doctor.title": "Диагностика",
            "doctor.fix": "**Как исправить:** {fix}",
            "doctor.no_issues": "Проблем не найдено!",
            "doctor.found": "Диагностика нашла {issues} в {categories}.",
            // Accusative after «нашла»: 1 проблему, 2 проблемы, 5 проблем.
            "doctor.issues.one": "{count} проблему",
            "doctor.issues.few": "{count} проблемы",
            "doctor.issues.many": "{count} проблем",
            // "в 1 категории / в 2 категориях / в 5 категориях".
            "doctor.categories.one": "{count} категории",
            "doctor.categories.few": "{count} категориях",
            "doctor.categories.many": "{count} категориях",
            "doctor.check.migrations": "Миграции базы данных",
            "doctor.check.setup": "Начальные настройки",
            "doctor.check.discord-token": "Токен Discord",
            "doctor.check.gateway": "Шлюз Discord",
            "doctor.check.permissions": "Права бота",
            "doctor.check.mileage-roles": "Выдача ролей за уровни",
            "doctor.check.features": "Настройка функций",
            "doctor.check.schedules": "Регулярные задачи",
            "doctor.check.jobs": "Очереди задач",
            "doctor.check.control-socket": "Управляющий сокет",
        ],
        en: [
            "doctor.title": "Doctor",
            "doctor.fix": "**Fix:** {fix}",
            "doctor.no_issues": "No issues found!",
            "doctor.found": "Doctor found {issues} in {categories}.",
            "doctor.issues.one": "{count} issue",
            "doctor.issues.few": "{count} issues",
            "doctor.issues.many": "{count} issues",
            "doctor.categories.one": "{count} category",
            "doctor.categories.few": "{count} categories",
            "doctor.categories.many": "{count} categories",
            "doctor.check.migrations": "Database migrations",
            "doctor.check.setup": "Setup rows",
            "doctor.check.discord-token": "Discord token",
            "doctor.check.gateway": "Discord gateway",
            "doctor.check.permissions": "Bot permissions",
            "doctor.check.mileage-roles": "Mileage tier role grants",
            "doctor.check.features": "Feature configuration",
            "doctor.check.schedules": "Recurring schedules",
            "doctor.check.jobs": "Job queues",
            "doctor.check.control-socket": "Control socket",
        ]
    )
}

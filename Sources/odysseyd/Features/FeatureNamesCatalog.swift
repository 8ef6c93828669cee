extension MessageKeys {
    /// What each feature is, as members and admins read it (the "switched off here" refusal;
    /// `odysseyctl feature ls` in English). One key per ``FeatureCatalog`` entry, core included,
    /// so a feature added to the catalog without its words fails `CatalogTests`. The Russian
    /// matches the features' own catalogs and `/admin feature set`'s choices (`CommandLocalizations+ru.swift`).
    enum Features {
        static func summary(_ feature: String) -> String { "features.\(feature).summary" }

        static var summaries: [String] {
            ([FeatureCatalog.core] + FeatureCatalog.all).map { summary($0.name) }
        }
    }
}

extension CatalogSection {
    static let features = CatalogSection(
        keys: MessageKeys.Features.summaries,
        ru: [
            "features.core.summary": "/ping, /about и /stats",
            "features.stage_queue.summary": "очередь на выступление (/sign-up)",
            "features.mileage.summary": "мили и роли за уровни",
            "features.duels.summary": "дуэли и их таблица результатов",
            "features.raids.summary": "еженедельные рейды и ежедневные предложения",
            "features.pairs.summary": "пары и их карточки",
            "features.monthly_hall.summary": "зал славы месяца",
            "features.mediator.summary": "примирение через посредника (/repair)",
            "features.public_posts.summary": "публикации по расписанию",
            "features.horoscope.summary": "гороскоп на неделю",
            "features.checkins.summary": "еженедельные чек-ины",
            "features.faceit.summary": "голосовые каналы для матчей Faceit",
            "features.games.summary": "расписание игр с кнопками записи",
            "features.dice.summary": "кубики, персонажи и инициатива",
        ],
        en: [
            "features.core.summary": "/ping, /about and /stats",
            "features.stage_queue.summary": "stage sign-up queue (/sign-up)",
            "features.mileage.summary": "mileage points and role tiers",
            "features.duels.summary": "duels and their scoreboard",
            "features.raids.summary": "weekly raids and daily offers",
            "features.pairs.summary": "pairs and their home cards",
            "features.monthly_hall.summary": "monthly hall of fame",
            "features.mediator.summary": "mediator repair flow (/repair)",
            "features.public_posts.summary": "scheduled public posts",
            "features.horoscope.summary": "weekly horoscope",
            "features.checkins.summary": "weekly check-ins",
            "features.faceit.summary": "Faceit match voice channels",
            "features.games.summary": "game scheduling with join/leave buttons",
            "features.dice.summary": "dice roller, characters, initiative",
        ]
    )
}

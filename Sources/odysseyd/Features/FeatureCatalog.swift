/// The features Odyssey ships, with the state `seed` gives their flag on a new install.
///
/// Features that need outside credentials (Faceit's webhook secret) start off, so a fresh
/// install never advertises what it cannot do.
enum FeatureCatalog {
    struct Feature: Sendable {
        let name: String
        let summary: String
        let enabledByDefault: Bool
    }

    static let all: [Feature] = [
        Feature(name: "stage_queue", summary: "stage sign-up queue (/sign-up)", enabledByDefault: true),
        Feature(name: "mileage", summary: "mileage points and role tiers", enabledByDefault: true),
        Feature(name: "duels", summary: "duels and their scoreboard", enabledByDefault: true),
        Feature(name: "raids", summary: "weekly raids and daily offers", enabledByDefault: true),
        Feature(name: "pairs", summary: "pairs and their home cards", enabledByDefault: true),
        Feature(name: "monthly_hall", summary: "monthly hall of fame", enabledByDefault: true),
        Feature(name: "mediator", summary: "mediator repair flow (/repair)", enabledByDefault: true),
        Feature(name: "public_posts", summary: "scheduled public posts", enabledByDefault: true),
        Feature(name: "horoscope", summary: "weekly horoscope", enabledByDefault: true),
        Feature(name: "checkins", summary: "weekly check-ins", enabledByDefault: true),
        Feature(name: "faceit", summary: "Faceit match voice channels", enabledByDefault: false),
        Feature(name: "games", summary: "game scheduling with join/leave buttons", enabledByDefault: true),
        Feature(name: "dice", summary: "dice roller, characters, initiative", enabledByDefault: true),
    ]
}

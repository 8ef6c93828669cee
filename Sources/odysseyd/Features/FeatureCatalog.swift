/// The features Odyssey ships, with the state `seed` gives their flag on a new install and the
/// permissions the bot needs in a guild for each.
///
/// Features that need outside credentials (Faceit's webhook secret) start off, so a fresh
/// install never advertises what it cannot do. `odysseyctl invite` asks for the union of the
/// enabled features' permissions and ``core``'s, so the bot never holds more than it uses.
enum FeatureCatalog {
    struct Feature: Sendable {
        let name: String
        let summary: String
        let enabledByDefault: Bool
        let botPermissions: DiscordPermissions
    }

    /// Posting and editing its own messages and cards: what every feature and the core commands need.
    static let posting: DiscordPermissions = [.viewChannel, .sendMessages, .embedLinks, .readMessageHistory]

    /// Always on; not a flag.
    static let core = Feature(name: "core", summary: "/ping, /about and /stats", enabledByDefault: true, botPermissions: posting)

    static let all: [Feature] = [
        // Promoting a speaker is clearing `suppress` on a stage, which needs Mute Members.
        Feature(name: "stage_queue", summary: "stage sign-up queue (/sign-up)", enabledByDefault: true, botPermissions: posting.union([.muteMembers])),
        Feature(name: "mileage", summary: "mileage points and role tiers", enabledByDefault: true, botPermissions: posting.union([.manageRoles])),
        Feature(name: "duels", summary: "duels and their scoreboard", enabledByDefault: true, botPermissions: posting),
        Feature(name: "raids", summary: "weekly raids and daily offers", enabledByDefault: true, botPermissions: posting),
        Feature(name: "pairs", summary: "pairs and their home cards", enabledByDefault: true, botPermissions: posting),
        Feature(name: "monthly_hall", summary: "monthly hall of fame", enabledByDefault: true, botPermissions: posting.union([.pinMessages])),
        Feature(name: "mediator", summary: "mediator repair flow (/repair)", enabledByDefault: true, botPermissions: posting),
        Feature(name: "public_posts", summary: "scheduled public posts", enabledByDefault: true, botPermissions: posting.union([.attachFiles])),
        Feature(name: "horoscope", summary: "weekly horoscope", enabledByDefault: true, botPermissions: posting),
        Feature(name: "checkins", summary: "weekly check-ins", enabledByDefault: true, botPermissions: posting),
        // A private voice channel per match: create it, let the players in, move them, delete it.
        Feature(name: "faceit", summary: "Faceit match voice channels", enabledByDefault: false,
                botPermissions: posting.union([.manageChannels, .manageRoles, .connect, .moveMembers])),
        Feature(name: "games", summary: "game scheduling with join/leave buttons", enabledByDefault: true, botPermissions: posting),
        Feature(name: "dice", summary: "dice roller, characters, initiative", enabledByDefault: true, botPermissions: posting),
    ]

    static func feature(named name: String) -> Feature? {
        name == core.name ? core : all.first { $0.name == name }
    }
}

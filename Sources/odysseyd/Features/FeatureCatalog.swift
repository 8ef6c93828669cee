/// The features Odyssey ships, with the state `seed` gives their flag on a new install and the
/// permissions the bot needs in a guild for each. Their descriptions live in the message
/// catalogs (`FeatureNamesCatalog.swift`), the one source for Discord and the CLI.
///
/// Features that need outside credentials (Faceit's webhook secret) start off, so a fresh
/// install never advertises what it cannot do. `odysseyctl invite` asks for the union of the
/// enabled features' permissions and ``core``'s, so the bot never holds more than it uses.
enum FeatureCatalog {
    struct Feature: Sendable {
        let name: String
        let enabledByDefault: Bool
        let botPermissions: DiscordPermissions

        /// What the feature is, from the message catalogs (``MessageKeys/Features``): members read
        /// it in their server's language; the operator's CLI gets `.en`.
        func summary(in language: Language) -> String {
            Localizer.text(MessageKeys.Features.summary(name), in: language)
        }
    }

    /// Posting and editing its own messages and cards: what every feature and the core commands need.
    static let posting: DiscordPermissions = [.viewChannel, .sendMessages, .embedLinks, .readMessageHistory]

    /// Always on; not a flag.
    static let core = Feature(name: "core", enabledByDefault: true, botPermissions: posting)

    static let all: [Feature] = [
        // Promoting a speaker is clearing `suppress` on a stage, which needs Mute Members.
        Feature(name: "stage_queue", enabledByDefault: true, botPermissions: posting.union([.muteMembers])),
        Feature(name: "mileage", enabledByDefault: true, botPermissions: posting.union([.manageRoles])),
        Feature(name: "duels", enabledByDefault: true, botPermissions: posting),
        Feature(name: "raids", enabledByDefault: true, botPermissions: posting),
        Feature(name: "pairs", enabledByDefault: true, botPermissions: posting),
        Feature(name: "monthly_hall", enabledByDefault: true, botPermissions: posting.union([.pinMessages])),
        Feature(name: "mediator", enabledByDefault: true, botPermissions: posting),
        Feature(name: "public_posts", enabledByDefault: true, botPermissions: posting.union([.attachFiles])),
        Feature(name: "horoscope", enabledByDefault: true, botPermissions: posting),
        Feature(name: "checkins", enabledByDefault: true, botPermissions: posting),
        // A private voice channel per match: create it, let the players in, move them, delete it.
        Feature(name: "faceit", enabledByDefault: false,
                botPermissions: posting.union([.manageChannels, .manageRoles, .connect, .moveMembers])),
        Feature(name: "games", enabledByDefault: true, botPermissions: posting),
        Feature(name: "dice", enabledByDefault: true, botPermissions: posting),
    ]

    static func feature(named name: String) -> Feature? {
        name == core.name ? core : all.first { $0.name == name }
    }
}

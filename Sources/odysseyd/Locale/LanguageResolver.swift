import Foundation

/// Which language to answer an interaction in. In a guild the guild's setting decides
/// (`guild_settings.locale`, default `ru`), not Discord's `guild_locale`: the operations seed
/// makes it a server choice. In a DM there is no guild setting, so the user's own Discord
/// `locale` decides (`ru*` → ru, anything else → en); without one, the default (ru).
///
/// Guild settings are cached for a few seconds, so a busy guild costs one query per window
/// while `/admin config set locale` still takes effect almost at once.
///
/// ```swift
/// let languages = LanguageResolver(database: pool)
/// let language = await languages.language(for: interaction)
/// ```
actor LanguageResolver {
    /// Reads a guild's stored locale (nil: no row, the default applies).
    typealias Lookup = @Sendable (Snowflake) async throws -> String?

    static let cacheLifetime: TimeInterval = 5

    private let lookup: Lookup?
    private let now: @Sendable () -> Date
    private var cache: [Snowflake: (language: Language, at: Date)] = [:]

    init(lookup: Lookup?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.lookup = lookup
        self.now = now
    }

    init(database: any PostgresQuerying, now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(lookup: { guild in
            let row = try await database.query("SELECT locale FROM guild_settings WHERE guild_id = $1", [guild]).first
            return try row?.decode(String?.self, column: "locale")
        }, now: now)
    }

    func language(for interaction: Interaction) async -> Language {
        if let guild = interaction.guildID { return await language(for: guild) }
        return Self.directMessageLanguage(interaction)
    }

    /// nil (a DM without its interaction) is the default.
    func language(for guild: Snowflake?) async -> Language {
        guard let guild else { return .default }
        let at = now()
        if let cached = cache[guild], at.timeIntervalSince(cached.at) < Self.cacheLifetime { return cached.language }
        guard let lookup else { return .default }
        // A database hiccup answers in the default rather than failing the interaction.
        let language = Language(setting: (try? await lookup(guild)) ?? nil)
        cache[guild] = (language, at)
        return language
    }

    /// Drops a guild's cached language, so a change made by `/admin config set locale` answers
    /// the very next interaction in the new language.
    func forget(_ guild: Snowflake) {
        cache[guild] = nil
    }

    /// Without a resolver (tests, a daemon without a database) guilds get the default.
    static func offline(_ interaction: Interaction) -> Language {
        interaction.guildID == nil ? directMessageLanguage(interaction) : .default
    }

    private static func directMessageLanguage(_ interaction: Interaction) -> Language {
        interaction.locale.map(Language.init(discordLocale:)) ?? .default
    }
}

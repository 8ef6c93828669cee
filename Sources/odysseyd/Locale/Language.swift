/// A language the bot answers in. `ru` is the default (operations seed): a guild switches with
/// `/admin config set locale en`, stored in `guild_settings.locale`.
///
/// ```swift
/// Language(setting: "en")          // .en
/// Language(discordLocale: "ru")    // .ru
/// Language(discordLocale: "en-US") // .en
/// ```
enum Language: String, CaseIterable, Sendable {
    case ru
    case en

    static let `default`: Language = .ru

    /// A `guild_settings.locale` value; anything unknown is the default rather than an error,
    /// since the column is validated on write and a reply must never fail over its language.
    init(setting: String?) {
        self = setting.flatMap(Language.init(rawValue:)) ?? .default
    }

    /// Discord's own locale of a user (`ru`, `en-US`, `uk`, …): Russian for `ru`, English for
    /// every other, because English is the closer fallback for someone not reading Russian.
    init(discordLocale: String) {
        self = discordLocale.lowercased().hasPrefix("ru") ? .ru : .en
    }
}

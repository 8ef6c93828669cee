import Foundation
import Shared

/// `/admin config`'s words for setting values, in the server's language. The settings store's
/// own error texts (``GuildSettingsStore/InvalidValue``) stay English for `odysseyctl config`;
/// here the refusal is rebuilt from the key's ``GuildSettingKind``, which is what decided it.
///
/// ```swift
/// AdminSettingText.invalid(.timezone, value: "Mars/Olympus", in: .en)
/// // "Not changed: timezone must be an IANA zone such as Europe/Moscow or UTC, or unset."
/// ```
enum AdminSettingText {
    /// A stored value in code style, or "not set".
    static func value(_ value: String?, in language: Language) -> String {
        value.map(DiscordMarkdown.code) ?? Localizer.text(MessageKeys.Admin.configNotSet, in: language)
    }

    /// Why `value` was refused for `key`.
    static func invalid(_ key: GuildSettingsStore.Key, value: String, in language: Language) -> String {
        let kind = key.kind
        let values = ["key": key.rawValue, "expected": expected(kind, in: language)]
        let unsetting = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == GuildSettingKind.unsetWord
        let template = unsetting && !kind.isOptional ? MessageKeys.Admin.configCannotUnset
            : kind.isOptional ? MessageKeys.Admin.configInvalidOrUnset : MessageKeys.Admin.configInvalid
        return Localizer.text(template, values, in: language)
    }

    /// What a kind of setting accepts (``GuildSettingKind/expected`` in `language`).
    static func expected(_ kind: GuildSettingKind, in language: Language) -> String {
        switch kind {
        case .choice(let values): values.joined(separator: Localizer.text(MessageKeys.Admin.configOr, in: language))
        case .timeZone: Localizer.text(MessageKeys.Admin.configExpectedTimeZone, in: language)
        case .snowflake: Localizer.text(MessageKeys.Admin.configExpectedID, in: language)
        case .flag: Localizer.text(MessageKeys.Admin.configExpectedFlag, in: language)
        }
    }
}

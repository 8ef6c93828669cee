/// The message catalogs: one `[key: text]` table per ``Language``, each in its own file
/// (`Catalog+ru.swift`, `Catalog+en.swift`). Keys are dotted (`interaction.guild_only`),
/// placeholders are `{name}` and are filled by ``Localizer``.
///
/// ```swift
/// Catalog.table(for: .en)["interaction.done"]   // "Done."
/// ```
enum Catalog {
    static func table(for language: Language) -> [String: String] {
        switch language {
        case .ru: ru
        case .en: en
        }
    }
}

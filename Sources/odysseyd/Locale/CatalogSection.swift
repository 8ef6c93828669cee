/// One domain's share of the message catalogs: its keys and their text in every ``Language``,
/// side by side in the domain's own folder (`Features/Dice/DiceCatalog.swift`), so a translator
/// reads both languages together and a feature owns its words. ``Catalog`` merges the sections.
///
/// ```swift
/// extension MessageKeys {
///     enum Duel { static let challenged = "duel.challenged" }
/// }
///
/// extension CatalogSection {
///     static let duel = CatalogSection(
///         keys: [MessageKeys.Duel.challenged],
///         ru: [MessageKeys.Duel.challenged: "{challenger} вызывает {opponent} на дуэль!"],
///         en: [MessageKeys.Duel.challenged: "{challenger} challenges {opponent} to a duel!"]
///     )
/// }
/// ```
struct CatalogSection: Sendable {
    /// Keys rendered with ``Localizer/text(_:_:in:)``.
    let keys: [String]
    /// Keys rendered with ``Localizer/plural(_:_:in:)``; the tables hold `<key>.one`, `.few` and `.many`.
    let plurals: [String]
    let ru: [String: String]
    let en: [String: String]

    init(keys: [String], plurals: [String] = [], ru: [String: String], en: [String: String]) {
        self.keys = keys
        self.plurals = plurals
        self.ru = ru
        self.en = en
    }

    /// Every table entry the section's keys stand for, plural forms expanded.
    var entries: [String] {
        keys + plurals.flatMap { key in Localizer.PluralForm.allCases.map { "\(key).\($0.rawValue)" } }
    }

    func table(for language: Language) -> [String: String] {
        switch language {
        case .ru: ru
        case .en: en
        }
    }
}

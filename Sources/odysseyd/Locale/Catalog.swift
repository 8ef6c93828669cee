/// The message catalogs: every ``CatalogSection`` merged into one `[key: text]` table per
/// ``Language``. Keys are dotted (`interaction.guild_only`), placeholders are `{name}` and are
/// filled by ``Localizer``. A section added to the code belongs in ``sections``; `CatalogTests`
/// checks every section's keys exist in every language with the same placeholders.
///
/// ```swift
/// Catalog.table(for: .en)["interaction.done"]   // "Done."
/// ```
enum Catalog {
    static let sections: [CatalogSection] = [
        .interaction, .core, .stats, .features,
        .dice, .initiative, .stageQueue, .mileage, .admin, .doctor, .doctorChecks,
    ]

    static let ru = merged(\.ru)
    static let en = merged(\.en)

    static func table(for language: Language) -> [String: String] {
        switch language {
        case .ru: ru
        case .en: en
        }
    }

    /// Later sections do not silently win: `CatalogTests` fails on a key held by two sections.
    private static func merged(_ table: KeyPath<CatalogSection, [String: String]>) -> [String: String] {
        sections.reduce(into: [:]) { merged, section in
            merged.merge(section[keyPath: table]) { first, _ in first }
        }
    }
}

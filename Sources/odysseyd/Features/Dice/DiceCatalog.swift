extension MessageKeys {
    enum Dice {
    }
}

extension CatalogSection {
    static let dice = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

extension MessageKeys {
    enum Initiative {
    }
}

extension CatalogSection {
    static let initiative = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

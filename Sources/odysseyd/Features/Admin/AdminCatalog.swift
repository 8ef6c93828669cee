extension MessageKeys {
    enum Admin {
    }
}

extension CatalogSection {
    static let admin = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

extension MessageKeys {
    enum Features {
    }
}

extension CatalogSection {
    static let features = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

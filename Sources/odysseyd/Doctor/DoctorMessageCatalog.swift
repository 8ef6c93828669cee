extension MessageKeys {
    enum Doctor {
    }
}

extension CatalogSection {
    static let doctor = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

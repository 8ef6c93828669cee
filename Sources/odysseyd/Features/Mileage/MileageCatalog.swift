extension MessageKeys {
    enum Mileage {
    }
}

extension CatalogSection {
    static let mileage = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

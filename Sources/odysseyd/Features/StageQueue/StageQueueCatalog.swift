extension MessageKeys {
    enum StageQueue {
    }
}

extension CatalogSection {
    static let stageQueue = CatalogSection(
        keys: [],
        ru: [:],
        en: [:]
    )
}

/// The namespace of catalog keys. Each domain adds its own enum of constants beside its
/// ``CatalogSection`` (`extension MessageKeys { enum Dice { … } }`), so a typo is a compile error.
///
/// ```swift
/// context.text(MessageKeys.Interaction.unavailable)
/// ```
enum MessageKeys {
    /// Every catalog entry the code uses, plural forms expanded, section by section.
    static var all: [String] {
        Catalog.sections.flatMap(\.entries)
    }
}

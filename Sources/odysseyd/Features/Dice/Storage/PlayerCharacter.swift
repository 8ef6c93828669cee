/// A player's character: the name initiative shows and the modifier its roll adds.
struct PlayerCharacter: Sendable, Equatable {
    static let maximumNameLength = 64
    static let maximumNotesLength = 1000
    /// Bounds of the initiative modifier (as the table's CHECK).
    static let modifierRange = -100...100

    let id: Int64
    let name: String
    let initiativeModifier: Int
    let notes: String
    /// Used by default when the player joins initiative.
    let active: Bool
}

/// A roll a player saved under a name, for `/roll use`.
struct SavedRoll: Sendable, Equatable {
    let name: String
    let expression: String
}

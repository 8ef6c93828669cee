/// One combatant in a channel's initiative order.
struct InitiativeEntry: Sendable, Equatable {
    let id: Int64
    let name: String
    /// The member who controls it; nil for one the game master added.
    let userID: Snowflake?
    let expression: String
    let initiative: Int
    /// Breaks ties on initiative (higher goes first), then ``tiebreak``.
    let modifier: Int
    /// The roll-off, rolled once on joining, for ties the modifier does not break.
    let tiebreak: Int
}

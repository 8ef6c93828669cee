/// The result of ``DiceRoller/roll(_:mode:using:)``: what was understood, and one line per repeat.
///
/// ```swift
/// let roll = try DiceRoller().roll("6 4d6kh3 stats", using: &generator)
/// roll.expression      // "4d6kh3" (the repeat count is `lines.count`)
/// roll.comment         // "stats"
/// roll.lines.map(\.total)
/// ```
struct DiceRoll: Sendable {
    /// The expression as understood, in canonical spacing and after the advantage rewrite, without
    /// the repeat prefix or the comment: e.g. "4d6kh3 + 2".
    let expression: String
    /// Free text after `#` or after the expression, not evaluated; `nil` when there is none.
    let comment: String?
    /// One per repeat; a single line normally.
    let lines: [DiceRollLine]
    /// All dice rolled, including rerolled-away dice, explosions and every repeat.
    let diceRolled: Int
}

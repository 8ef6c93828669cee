/// How a `/roll` treats its d20s: ``advantage`` and ``disadvantage`` turn every plain `1d20` into
/// `2d20kh1` / `2d20kl1` before rolling (see ``DiceRoller``).
///
/// ```swift
/// let roll = try DiceRoller().roll("1d20 + 5", mode: .advantage, using: &generator)
/// roll.expression   // "2d20kh1 + 5"
/// ```
enum RollMode: String, Sendable, CaseIterable {
    case normal
    case advantage
    case disadvantage
}

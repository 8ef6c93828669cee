/// Bounds on one roll, so a hostile or careless expression costs a bounded amount of work and
/// output. Every limit that is exceeded is reported as a ``DiceError``, never clamped silently.
///
/// ```swift
/// var limits = DiceLimits.standard
/// limits.maximumRepeats = 6
/// let roller = DiceRoller(limits: limits)
/// ```
struct DiceLimits: Sendable, Equatable {
    /// Dice rolled by one call, counting rerolls, explosions and every repeat.
    var maximumDice = 1000
    /// Sides of one die (a die always has at least one).
    var maximumSides = 10_000
    /// Characters of the whole input, comment included.
    var maximumLength = 500
    /// Lines of a repeated roll (`6 4d6kh3`).
    var maximumRepeats = 20
    /// Nesting of parentheses, sets and unary signs; keeps parsing and evaluation recursion shallow.
    var maximumDepth = 32

    static let standard = DiceLimits()
}

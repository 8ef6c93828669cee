/// A test on one die's (or one set element's) value, as in `r<3`, `!>5`, `k>=4` or `10d10>=8`.
///
/// ```swift
/// let condition = DiceCondition(.less, 3)
/// condition.matches(2)   // true
/// condition.text         // "<3"
/// ```
struct DiceCondition: Sendable, Equatable {
    var comparison: DiceComparison
    var value: Int

    init(_ comparison: DiceComparison, _ value: Int) {
        self.comparison = comparison
        self.value = value
    }

    func matches(_ candidate: Int) -> Bool {
        comparison.holds(candidate, value)
    }

    /// Canonical text. A bare number means `=`, but only a non-negative one: `r-1` would read as
    /// "reroll, minus one".
    var text: String {
        if comparison == .equal && value >= 0 { return String(value) }
        return comparison.rawValue + String(value)
    }

    /// Whether every face in `faces` matches: a reroll-until or explosion on such a condition
    /// would never stop, so the parser refuses it up front.
    func matchesAll(of faces: ClosedRange<Int>) -> Bool {
        faces.allSatisfy(matches)
    }
}

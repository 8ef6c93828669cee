/// A parenthesised comma list, `(1d4, 2d6)kh1`: keep and drop act on the elements' totals and
/// the set is worth the sum of the kept elements (or, with a comparison attached, how many match).
///
/// ```swift
/// var parser = DiceParser(text: "(1d20 + 5, 1d20 + 5)kh1", limits: .standard)
/// let program = try parser.parse()   // a .set with two elements and kh1
/// ```
struct DiceSet: Sendable {
    var elements: [DiceExpression]
    /// Only keep and drop.
    var modifiers: [DiceModifier] = []
    var successes: DiceCondition?
    var position: Int

    var canonical: String {
        // A lone element without keep or drop keeps its trailing comma, or it would read back as
        // plain parentheses.
        let inside = elements.map(\.canonical).joined(separator: ", ") + (elements.count == 1 && modifiers.isEmpty ? "," : "")
        return "(" + inside + ")" + modifiers.map(\.text).joined()
            + (successes.map { $0.comparison.rawValue + String($0.value) } ?? "")
    }
}

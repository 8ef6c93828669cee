/// A dice term such as `4d6kh3`, `d%`, `(1+1)d8!` or `10d10>=8`.
///
/// ```swift
/// let term = DiceTerm(count: .literal(4), faces: .sides(6), position: 0)
/// term.canonical   // "4d6"
/// ```
struct DiceTerm: Sendable {
    enum Count: Sendable {
        /// Written or implied (`d20` is `1d20`).
        case literal(Int)
        /// `(expression)dS`: rolled at evaluation, checked against the limits then.
        case expression(DiceExpression)
    }

    var count: Count
    var faces: DiceFaces
    var modifiers: [DiceModifier] = []
    /// A comparison attached right after the term: the term counts matching dice instead of summing.
    var successes: DiceCondition?
    /// Where the term starts in the input.
    var position: Int

    var canonical: String {
        let countText: String
        switch count {
        case .literal(let value): countText = String(value)
        case .expression(let expression): countText = "(" + expression.canonical + ")"
        }
        return countText + suffix
    }

    /// From the `d` on: `d6kh3`, `d10!>=8`.
    var suffix: String {
        var text = "d" + faces.text
        for (index, modifier) in modifiers.enumerated() {
            // `!` then `=3` would read back as `!=3`, so a bare explosion before an equality
            // success test names its face.
            if case .explode(nil) = modifier.kind, index == modifiers.count - 1, successes?.comparison == .equal {
                text += "!" + String(faces.range.upperBound)
            } else {
                text += modifier.text
            }
        }
        return text + (successes.map { $0.comparison.rawValue + String($0.value) } ?? "")
    }

    /// A plain d20 the advantage rewrite may double: one die, no keep or drop yet.
    var isPlainD20: Bool {
        guard case .literal(1) = count, faces == .sides(20) else { return false }
        return !modifiers.contains(where: \.isKeepOrDrop)
    }
}

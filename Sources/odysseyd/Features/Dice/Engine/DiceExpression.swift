/// A parsed expression. Chains of one precedence level are flat (``operation``), so a long
/// `1 + 1 + … + 1` neither recurses deeply nor counts against ``DiceLimits/maximumDepth``.
///
/// ```swift
/// var parser = DiceParser(text: "(2+3)*4", limits: .standard)
/// try parser.parse().expression.canonical   // "(2 + 3) * 4"
/// ```
indirect enum DiceExpression: Sendable {
    case number(Int, position: Int)
    case dice(DiceTerm)
    case set(DiceSet)
    /// Parentheses around one expression.
    case group(DiceExpression, position: Int)
    case negate(DiceExpression, position: Int)
    /// `first op₁ operand₁ op₂ operand₂ …`, evaluated left to right.
    case operation(first: DiceExpression, rest: [DiceOperation])
    case labeled(DiceExpression, label: String, position: Int)

    /// The expression as understood, in canonical spacing: operators spaced, dice terms compact,
    /// letters lower case, implicit counts written out.
    var canonical: String {
        switch self {
        case .number(let value, _):
            return String(value)
        case .dice(let term):
            return term.canonical
        case .set(let set):
            return set.canonical
        case .group(let inner, _):
            return "(" + inner.canonical + ")"
        case .negate(let inner, _):
            return "-" + inner.canonical
        case .operation(let first, let rest):
            return rest.reduce(first.canonical) { text, operation in
                text + " " + operation.operator.symbol + " " + operation.operand.canonical
            }
        case .labeled(let inner, let label, _):
            return inner.canonical + "[" + label + "]"
        }
    }

    /// Dice rolled at least, counting only literal counts, for the up-front limit check.
    var staticDiceTerms: [(count: Int, position: Int)] {
        switch self {
        case .number: return []
        case .dice(let term):
            if case .literal(let count) = term.count { return [(count, term.position)] }
            return []
        case .set(let set): return set.elements.flatMap(\.staticDiceTerms)
        case .group(let inner, _), .negate(let inner, _), .labeled(let inner, _, _): return inner.staticDiceTerms
        case .operation(let first, let rest): return first.staticDiceTerms + rest.flatMap(\.operand.staticDiceTerms)
        }
    }
}

/// The advantage rewrite: every plain `1d20` (one die, no keep or drop) becomes `2d20kh1`, or
/// `2d20kl1` for disadvantage. The keep goes after any other modifiers, so `1d20r1` becomes
/// `2d20r1kh1`: rerolls happen before the better die is picked.
///
/// ```swift
/// let rewritten = try program.expression.applying(.advantage)   // 1d20 + 5 → 2d20kh1 + 5
/// ```
extension DiceExpression {
    func applying(_ mode: RollMode) throws(DiceError) -> DiceExpression {
        let selector: DiceSelector
        switch mode {
        case .normal: return self
        case .advantage: selector = .highest(1)
        case .disadvantage: selector = .lowest(1)
        }
        var rewritten = 0
        let result = rewritingD20s(keep: selector, count: &rewritten)
        if rewritten == 0 {
            throw DiceError(position: 0, mode == .advantage ? MessageKeys.Dice.Errors.advantageNeedsD20 : MessageKeys.Dice.Errors.disadvantageNeedsD20)
        }
        return result
    }

    private func rewritingD20s(keep selector: DiceSelector, count: inout Int) -> DiceExpression {
        switch self {
        case .number:
            return self
        case .dice(var term):
            if case .expression(let inner) = term.count {
                term.count = .expression(inner.rewritingD20s(keep: selector, count: &count))
            }
            guard term.isPlainD20 else { return .dice(term) }
            count += 1
            term.count = .literal(2)
            term.modifiers.append(DiceModifier(.keep(selector), at: term.position))
            return .dice(term)
        case .set(var set):
            set.elements = set.elements.map { $0.rewritingD20s(keep: selector, count: &count) }
            return .set(set)
        case .group(let inner, let position):
            return .group(inner.rewritingD20s(keep: selector, count: &count), position: position)
        case .negate(let inner, let position):
            return .negate(inner.rewritingD20s(keep: selector, count: &count), position: position)
        case .labeled(let inner, let label, let position):
            return .labeled(inner.rewritingD20s(keep: selector, count: &count), label: label, position: position)
        case .operation(let first, let rest):
            let first = first.rewritingD20s(keep: selector, count: &count)
            let rest = rest.map { operation in
                var operation = operation
                operation.operand = operation.operand.rewritingD20s(keep: selector, count: &count)
                return operation
            }
            return .operation(first: first, rest: rest)
        }
    }
}

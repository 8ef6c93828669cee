/// One modifier after a dice term (or, for keep and drop, after a set), applied in the order
/// written: `4d6r1kh3` rerolls ones first, then keeps the highest three.
///
/// ```swift
/// let modifier = DiceModifier(.keep(.highest(3)), at: 3)
/// modifier.text   // "kh3"
/// ```
struct DiceModifier: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case keep(DiceSelector)
        case drop(DiceSelector)
        /// `r`/`ro`: once. The parser fills in the lowest face when no condition is written.
        case reroll(DiceCondition)
        /// `rr`: again while the new die still matches.
        case rerollRepeatedly(DiceCondition)
        /// `ra`: the first matching die is rerolled once and both count.
        case rerollAndAdd(DiceCondition)
        /// `!`/`e`: each matching die adds another die, which may explode in turn. `nil`: the highest face.
        case explode(DiceCondition?)
        /// `mi`: raise each die to at least this.
        case minimum(Int)
        /// `ma`: lower each die to at most this.
        case maximum(Int)
    }

    var kind: Kind
    /// Where the modifier starts in the input.
    var position: Int

    init(_ kind: Kind, at position: Int) {
        self.kind = kind
        self.position = position
    }

    var isExplosion: Bool {
        if case .explode = kind { return true }
        return false
    }

    var isKeepOrDrop: Bool {
        switch kind {
        case .keep, .drop: true
        default: false
        }
    }

    var text: String {
        switch kind {
        case .keep(let selector): "k" + selector.text
        case .drop(let selector): "d" + selector.text
        case .reroll(let condition): "r" + condition.text
        case .rerollRepeatedly(let condition): "rr" + condition.text
        case .rerollAndAdd(let condition): "ra" + condition.text
        case .explode(let condition):
            // `!=` reads as the not-equal comparison, so conditions starting with `=` or `!` follow `e`.
            if let condition, condition.text.hasPrefix("=") || condition.text.hasPrefix("!") { "e" + condition.text }
            else { "!" + (condition?.text ?? "") }
        case .minimum(let value): "mi\(value)"
        case .maximum(let value): "ma\(value)"
        }
    }
}

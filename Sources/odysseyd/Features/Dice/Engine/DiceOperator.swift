/// A binary operator, from loosest to tightest: comparisons, then `+ -`, then `* / %`.
/// Division and modulo floor toward −∞ (`-7 / 2` is −4, `-7 % 2` is 1), as players expect
/// "round down" to mean.
///
/// ```swift
/// try DiceOperator.divide.apply(-7, 2, at: 0)   // -4
/// ```
enum DiceOperator: Sendable, Equatable {
    case add, subtract, multiply, divide, modulo
    case compare(DiceComparison)

    var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .modulo: "%"
        case .compare(let comparison): comparison.rawValue
        }
    }

    /// Checked: overflow and division by zero are errors at the operator, never a trap.
    func apply(_ left: Int, _ right: Int, at position: Int) throws(DiceError) -> Int {
        func overflow() -> DiceError {
            DiceError(position: position, MessageKeys.Dice.Errors.resultTooLarge, ["operator": .text(symbol)])
        }
        switch self {
        case .add:
            let (value, overflowed) = left.addingReportingOverflow(right)
            if overflowed { throw overflow() }
            return value
        case .subtract:
            let (value, overflowed) = left.subtractingReportingOverflow(right)
            if overflowed { throw overflow() }
            return value
        case .multiply:
            let (value, overflowed) = left.multipliedReportingOverflow(by: right)
            if overflowed { throw overflow() }
            return value
        case .divide, .modulo:
            if right == 0 {
                throw DiceError(position: position, self == .divide ? MessageKeys.Dice.Errors.divisionByZero : MessageKeys.Dice.Errors.moduloByZero)
            }
            let (quotient, overflowed) = left.dividedReportingOverflow(by: right)
            if overflowed {
                if self == .modulo { return 0 }
                throw overflow()
            }
            let remainder = left - quotient * right
            let inexactNegative = remainder != 0 && ((remainder < 0) != (right < 0))
            if self == .divide { return inexactNegative ? quotient - 1 : quotient }
            return inexactNegative ? remainder + right : remainder
        case .compare(let comparison):
            return comparison.holds(left, right) ? 1 : 0
        }
    }
}

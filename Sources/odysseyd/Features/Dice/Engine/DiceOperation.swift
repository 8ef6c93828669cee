/// One step of a flat operator chain: `+ 2` in `1d20 + 2`.
///
/// ```swift
/// DiceOperation(operator: .add, operand: .number(2, position: 7), position: 5)
/// ```
struct DiceOperation: Sendable {
    var `operator`: DiceOperator
    var operand: DiceExpression
    /// Where the operator is, for errors such as division by zero.
    var position: Int
}

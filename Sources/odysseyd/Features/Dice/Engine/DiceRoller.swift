/// Rolls dice expressions for `/roll`: parses (see ``DiceParser`` for the grammar and
/// `docs/dice.md` for the rules), applies advantage, checks the limits and evaluates.
///
/// ```swift
/// let roller = DiceRoller()
/// var generator = SystemRandomNumberGenerator()
/// let roll = try roller.roll("4d6kh3 + 2 strength", using: &generator)
/// roll.lines[0].total                    // e.g. 15
/// DiceRollFormatter.text(for: roll, in: .en)   // "`4d6kh3 + 2` · strength\n4d6kh3 (**6**, 5, ~~__1__~~, 2) + 2 = **15**"
/// try roller.validate("1d20 +")          // throws: at 6: expected a number, '(' or a dice roll
/// ```
struct DiceRoller: Sendable {
    let limits: DiceLimits

    init(limits: DiceLimits = .standard) {
        self.limits = limits
    }

    /// Parses and evaluates; `mode` applies advantage/disadvantage.
    func roll(_ text: String, mode: RollMode = .normal, using generator: inout some RandomNumberGenerator) throws(DiceError) -> DiceRoll {
        var parser = DiceParser(text: text, limits: limits)
        var program = try parser.parse()
        program.expression = try program.expression.applying(mode)
        try checkDiceCount(of: program)
        var evaluator = DiceEvaluator(limits: limits)
        var lines: [DiceRollLine] = []
        lines.reserveCapacity(program.repeats)
        for _ in 0..<program.repeats {
            var segments: [DiceDetailSegment] = []
            let total = try evaluator.evaluate(program.expression, into: &segments, using: &generator)
            lines.append(DiceRollLine(total: total, segments: segments))
        }
        return DiceRoll(expression: program.expression.canonical, comment: program.comment,
                        lines: lines, diceRolled: evaluator.diceRolled)
    }

    /// Parses only (for saving an expression): throws the same errors a roll would for syntax and
    /// static limits. Errors that depend on the dice (overflow, too many explosions, division by a
    /// rolled zero) can still come from ``roll(_:mode:using:)``.
    func validate(_ text: String) throws(DiceError) {
        var parser = DiceParser(text: text, limits: limits)
        try checkDiceCount(of: try parser.parse())
    }

    /// Literal dice counts, times the repeats, must fit the budget before anything is rolled: the
    /// error then points at the term that tips it over.
    private func checkDiceCount(of program: DiceProgram) throws(DiceError) {
        var total = 0
        for term in program.expression.staticDiceTerms {
            total += term.count
            if total * program.repeats > limits.maximumDice {
                throw DiceError(position: term.position, MessageKeys.Dice.Errors.tooManyDiceNeeded,
                                ["needed": .number(total * program.repeats), "maximum": .number(limits.maximumDice)])
            }
        }
    }
}

/// Evaluates a parsed expression, rolling with the caller's generator and building the detail
/// segments. Counts every die against ``DiceLimits/maximumDice`` as it is rolled and throws the
/// moment the budget is spent, so no expression can loop or run long. One evaluator is used for
/// all repeats of a roll: the budget covers them together.
///
/// ```swift
/// var evaluator = DiceEvaluator(limits: .standard)
/// var segments: [DiceDetailSegment] = []
/// let total = try evaluator.evaluate(program.expression, into: &segments, using: &generator)
/// ```
struct DiceEvaluator: Sendable {
    let limits: DiceLimits
    private(set) var diceRolled = 0

    init(limits: DiceLimits) {
        self.limits = limits
    }

    mutating func evaluate<G: RandomNumberGenerator>(
        _ expression: DiceExpression, into output: inout [DiceDetailSegment], using generator: inout G
    ) throws(DiceError) -> Int {
        switch expression {
        case .number(let value, _):
            output.append(.text(String(value)))
            return value
        case .group(let inner, _):
            output.append(.text("("))
            let value = try evaluate(inner, into: &output, using: &generator)
            output.append(.text(")"))
            return value
        case .negate(let inner, let position):
            output.append(.text("-"))
            let value = try evaluate(inner, into: &output, using: &generator)
            return try DiceOperator.subtract.apply(0, value, at: position)
        case .operation(let first, let rest):
            var value = try evaluate(first, into: &output, using: &generator)
            for operation in rest {
                output.append(.text(" " + DiceMarkdown.symbol(operation.operator) + " "))
                let operand = try evaluate(operation.operand, into: &output, using: &generator)
                value = try operation.operator.apply(value, operand, at: operation.position)
            }
            return value
        case .labeled(let inner, let label, _):
            let value = try evaluate(inner, into: &output, using: &generator)
            output.append(.text(" \\[" + DiscordMarkdown.escape(label) + "\\]"))
            return value
        case .dice(let term):
            return try evaluate(term, into: &output, using: &generator)
        case .set(let set):
            return try evaluate(set, into: &output, using: &generator)
        }
    }

    private mutating func evaluate<G: RandomNumberGenerator>(
        _ term: DiceTerm, into output: inout [DiceDetailSegment], using generator: inout G
    ) throws(DiceError) -> Int {
        let count: Int
        let suffix = term.suffix
        switch term.count {
        case .literal(let value):
            count = value
            output.append(.text(String(value) + DiscordMarkdown.escape(suffix) + " ("))
        case .expression(let expression):
            output.append(.text("("))
            count = try evaluate(expression, into: &output, using: &generator)
            output.append(.text(")" + DiscordMarkdown.escape(suffix) + " ("))
            if count < 0 {
                throw DiceError(position: term.position, MessageKeys.Dice.Errors.negativeDiceCount, ["count": .number(count)])
            }
        }
        // Refuse up front rather than rolling 999 dice and failing on the 1,001st.
        if count > limits.maximumDice - diceRolled {
            throw tooManyDice(at: term.position)
        }
        var dice: [DiceShownDie] = []
        dice.reserveCapacity(count)
        for _ in 0..<count {
            dice.append(DiceShownDie(value: try rollDie(term.faces, at: term.position, using: &generator), faces: term.faces))
        }
        for modifier in term.modifiers {
            try apply(modifier, to: &dice, faces: term.faces, using: &generator)
        }
        let value: Int
        if let condition = term.successes {
            var successes = 0
            for index in dice.indices where dice[index].isActive && condition.matches(dice[index].value) {
                dice[index].success = true
                successes += 1
            }
            value = successes
        } else {
            value = try Self.sum(dice.filter(\.isActive).map(\.value), at: term.position)
        }
        output.append(.dice(dice))
        output.append(.text(")"))
        return value
    }

    private mutating func evaluate<G: RandomNumberGenerator>(
        _ set: DiceSet, into output: inout [DiceDetailSegment], using generator: inout G
    ) throws(DiceError) -> Int {
        var values: [Int] = []
        var details: [[DiceDetailSegment]] = []
        for element in set.elements {
            var detail: [DiceDetailSegment] = []
            values.append(try evaluate(element, into: &detail, using: &generator))
            details.append(detail)
        }
        var kept = Array(repeating: true, count: values.count)
        for modifier in set.modifiers {
            let active = values.indices.filter { kept[$0] }.map { (index: $0, value: values[$0]) }
            switch modifier.kind {
            case .keep(let selector):
                let picked = selector.pick(from: active)
                for candidate in active where !picked.contains(candidate.index) { kept[candidate.index] = false }
            case .drop(let selector):
                for index in selector.pick(from: active) { kept[index] = false }
            default:
                break   // the parser allows only keep and drop on sets
            }
        }
        output.append(.text("("))
        var value = 0
        for index in values.indices {
            if index > 0 { output.append(.text(", ")) }
            if kept[index] {
                output.append(contentsOf: details[index])
                if let condition = set.successes, condition.matches(values[index]) {
                    output.append(.text(" ✓"))
                    value += 1
                }
            } else {
                output.append(.struck(details[index]))
            }
        }
        let suffix = set.modifiers.map(\.text).joined() + (set.successes.map { $0.comparison.rawValue + String($0.value) } ?? "")
        output.append(.text(")" + DiscordMarkdown.escape(suffix)))
        if set.successes != nil { return value }
        return try Self.sum(values.indices.filter { kept[$0] }.map { values[$0] }, at: set.position)
    }

    mutating func rollDie<G: RandomNumberGenerator>(_ faces: DiceFaces, at position: Int, using generator: inout G) throws(DiceError) -> Int {
        if diceRolled >= limits.maximumDice { throw tooManyDice(at: position) }
        diceRolled += 1
        return Int.random(in: faces.range, using: &generator)
    }

    private func tooManyDice(at position: Int) -> DiceError {
        DiceError(position: position, MessageKeys.Dice.Errors.tooManyDiceRolled, ["maximum": .number(limits.maximumDice)])
    }

    private static func sum(_ values: [Int], at position: Int) throws(DiceError) -> Int {
        var total = 0
        for value in values {
            let (next, overflowed) = total.addingReportingOverflow(value)
            if overflowed { throw DiceError(position: position, MessageKeys.Dice.Errors.totalTooLarge) }
            total = next
        }
        return total
    }
}

/// Applying one dice modifier to a pool. Only active dice (not dropped, not rerolled away) are
/// looked at; removed dice stay in the pool so the detail still shows them.
///
/// ```swift
/// try evaluator.apply(DiceModifier(.keep(.highest(3)), at: 3), to: &dice, faces: .sides(6), using: &generator)
/// ```
extension DiceEvaluator {
    mutating func apply<G: RandomNumberGenerator>(
        _ modifier: DiceModifier, to dice: inout [DiceShownDie], faces: DiceFaces, using generator: inout G
    ) throws(DiceError) {
        let position = modifier.position
        switch modifier.kind {
        case .keep(let selector):
            let active = dice.indices.filter { dice[$0].isActive }.map { (index: $0, value: dice[$0].value) }
            let picked = selector.pick(from: active)
            for candidate in active where !picked.contains(candidate.index) { dice[candidate.index].removed = true }
        case .drop(let selector):
            let active = dice.indices.filter { dice[$0].isActive }.map { (index: $0, value: dice[$0].value) }
            for index in selector.pick(from: active) { dice[index].removed = true }
        case .reroll(let condition), .rerollRepeatedly(let condition):
            var again = false
            if case .rerollRepeatedly = modifier.kind { again = true }
            var result: [DiceShownDie] = []
            result.reserveCapacity(dice.count)
            for die in dice {
                guard die.isActive, condition.matches(die.value) else {
                    result.append(die)
                    continue
                }
                var current = die
                repeat {
                    current.removed = true
                    result.append(current)
                    current = DiceShownDie(value: try rollDie(faces, at: position, using: &generator), faces: faces)
                } while again && condition.matches(current.value)
                result.append(current)
            }
            dice = result
        case .rerollAndAdd(let condition):
            // Like Avrae: at most one die, rerolled once, and both count.
            if let index = dice.indices.first(where: { dice[$0].isActive && condition.matches(dice[$0].value) }) {
                dice.insert(DiceShownDie(value: try rollDie(faces, at: position, using: &generator), faces: faces), at: index + 1)
            }
        case .explode(let condition):
            let condition = condition ?? DiceCondition(.equal, faces.range.upperBound)
            var result: [DiceShownDie] = []
            result.reserveCapacity(dice.count)
            for die in dice {
                var current = die
                // Each new die may explode in turn; the dice budget ends any run.
                while current.isActive && condition.matches(current.value) {
                    current.exploded = true
                    result.append(current)
                    current = DiceShownDie(value: try rollDie(faces, at: position, using: &generator), faces: faces)
                }
                result.append(current)
            }
            dice = result
        case .minimum(let bound):
            for index in dice.indices where dice[index].isActive { dice[index].value = max(dice[index].value, bound) }
        case .maximum(let bound):
            for index in dice.indices where dice[index].isActive { dice[index].value = min(dice[index].value, bound) }
        }
    }
}

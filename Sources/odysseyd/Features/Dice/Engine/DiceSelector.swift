/// Which dice (or set elements) a keep or drop modifier picks: the highest or lowest few, or
/// every one whose value matches a condition.
///
/// ```swift
/// DiceSelector.highest(3)                        // kh3
/// DiceSelector.matching(DiceCondition(.less, 3)) // k<3
/// ```
enum DiceSelector: Sendable, Equatable {
    case highest(Int)
    case lowest(Int)
    case matching(DiceCondition)

    var text: String {
        switch self {
        case .highest(let count): "h\(count)"
        case .lowest(let count): "l\(count)"
        case .matching(let condition):
            // A bare number after k/d means a count, so an equality selector keeps its `=`.
            condition.comparison == .equal ? "=\(condition.value)" : condition.text
        }
    }

    /// Indices of `values` the selector picks; ties go to the earlier die, so results are stable.
    func pick(from values: [(index: Int, value: Int)]) -> Set<Int> {
        switch self {
        case .highest(let count):
            let sorted = values.enumerated().sorted { a, b in
                a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
            }
            return Set(sorted.prefix(count).map(\.element.index))
        case .lowest(let count):
            let sorted = values.enumerated().sorted { a, b in
                a.element.value != b.element.value ? a.element.value < b.element.value : a.offset < b.offset
            }
            return Set(sorted.prefix(count).map(\.element.index))
        case .matching(let condition):
            return Set(values.filter { condition.matches($0.value) }.map(\.index))
        }
    }
}

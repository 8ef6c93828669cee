/// A comparison operator: between two values (`1d20 + 5 >= 15` gives 1 or 0), in a modifier's
/// condition (`r<3`, `k>=4`) or counting successes (`10d10>=8`).
///
/// ```swift
/// DiceComparison.atLeast.holds(8, 8)   // true
/// ```
enum DiceComparison: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case greater = ">"
    case atMost = "<="
    case atLeast = ">="

    func holds(_ left: Int, _ right: Int) -> Bool {
        switch self {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .greater: left > right
        case .atMost: left <= right
        case .atLeast: left >= right
        }
    }
}

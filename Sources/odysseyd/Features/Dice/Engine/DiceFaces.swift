/// What a die shows: numbered faces `1...sides` (`d6`, `d%` = `d100`) or fate faces −1, 0, +1 (`dF`).
///
/// ```swift
/// DiceFaces.sides(6).range   // 1...6
/// DiceFaces.fate.text        // "F"
/// ```
enum DiceFaces: Sendable, Equatable {
    case sides(Int)
    case fate

    var range: ClosedRange<Int> {
        switch self {
        case .sides(let sides): 1...sides
        case .fate: -1...1
        }
    }

    /// As written after the `d` in canonical text.
    var text: String {
        switch self {
        case .sides(let sides): String(sides)
        case .fate: "F"
        }
    }
}

/// A whole parsed input: how many times to roll, the expression and the comment.
///
/// ```swift
/// var parser = DiceParser(text: "6 4d6kh3 stats", limits: .standard)
/// let program = try parser.parse()
/// program.repeats   // 6
/// program.comment   // "stats"
/// ```
struct DiceProgram: Sendable {
    var repeats: Int
    var expression: DiceExpression
    var comment: String?
}

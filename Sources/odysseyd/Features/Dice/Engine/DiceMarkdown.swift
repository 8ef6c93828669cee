/// How dice operators are shown in a detail line.
///
/// ```swift
/// DiceMarkdown.symbol(.multiply)   // "\\*": a bare `*` would start emphasis
/// ```
enum DiceMarkdown {
    static func symbol(_ op: DiceOperator) -> String {
        op == .multiply ? "\\*" : DiscordMarkdown.escape(op.symbol)
    }
}

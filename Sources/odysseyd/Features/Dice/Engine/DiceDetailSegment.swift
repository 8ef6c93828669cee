/// A piece of a roll line's detail. Kept structured so the detail can be re-rendered with long
/// dice lists collapsed (``DiceRollFormatter``) without ever cutting a markdown marker in half.
///
/// ```swift
/// let segments: [DiceDetailSegment] = [.text("2d6 ("), .dice(dice), .text(") + 1")]
/// DiceDetailSegment.render(segments, diceShown: 1)   // "2d6 (**6**, … +1 more) + 1"
/// ```
enum DiceDetailSegment: Sendable {
    /// Markdown-safe text: numbers, operators (escaped), escaped labels.
    case text(String)
    case dice([DiceShownDie])
    /// A dropped set element: rendered without inner markers, struck through as a whole.
    case struck([DiceDetailSegment])

    /// `diceShown`: at most this many dice per list, the rest summarised; `nil` shows all.
    static func render(_ segments: [DiceDetailSegment], diceShown: Int?, plain: Bool = false) -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                output += text
            case .dice(let dice):
                output += renderDice(dice, shown: diceShown, plain: plain)
            case .struck(let inner):
                let text = render(inner, diceShown: diceShown, plain: true)
                output += plain || text.isEmpty ? text : "~~" + text + "~~"
            }
        }
        return output
    }

    private static func renderDice(_ dice: [DiceShownDie], shown: Int?, plain: Bool) -> String {
        if dice.isEmpty { return "—" }
        let limit = shown ?? dice.count
        if limit <= 0 { return "\(dice.count) dice" }
        var parts = dice.prefix(limit).map { $0.markdown(plain: plain) }
        if dice.count > limit { parts.append("… +\(dice.count - limit) more") }
        return parts.joined(separator: ", ")
    }
}

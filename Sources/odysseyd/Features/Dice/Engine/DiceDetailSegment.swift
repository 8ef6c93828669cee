/// A piece of a roll line's detail. Kept structured so the detail can be re-rendered with long
/// dice lists collapsed (``DiceRollFormatter``) without ever cutting a markdown marker in half.
///
/// ```swift
/// let segments: [DiceDetailSegment] = [.text("2d6 ("), .dice(dice), .text(") + 1")]
/// DiceDetailSegment.render(segments, diceShown: 1, in: .en)   // "2d6 (**6**, … +1 more) + 1"
/// DiceDetailSegment.render(segments)                        // "2d6 (**6**, 3) + 1"
/// ```
enum DiceDetailSegment: Sendable {
    /// Markdown-safe text: numbers, operators (escaped), escaped labels.
    case text(String)
    case dice([DiceShownDie])
    /// A dropped set element: rendered without inner markers, struck through as a whole.
    case struck([DiceDetailSegment])

    /// Every die shown: only numbers and markdown, so the same in every language.
    static func render(_ segments: [DiceDetailSegment]) -> String {
        render(segments, diceShown: nil, in: .default)
    }

    /// `diceShown`: at most this many dice per list, the rest summarised in words of `language`;
    /// `nil` shows all.
    static func render(_ segments: [DiceDetailSegment], diceShown: Int?, in language: Language, plain: Bool = false) -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                output += text
            case .dice(let dice):
                output += renderDice(dice, shown: diceShown, in: language, plain: plain)
            case .struck(let inner):
                let text = render(inner, diceShown: diceShown, in: language, plain: true)
                output += plain || text.isEmpty ? text : "~~" + text + "~~"
            }
        }
        return output
    }

    private static func renderDice(_ dice: [DiceShownDie], shown: Int?, in language: Language, plain: Bool) -> String {
        if dice.isEmpty { return "—" }
        let limit = shown ?? dice.count
        if limit <= 0 { return Localizer.plural(MessageKeys.Dice.hiddenDice, dice.count, in: language) }
        var parts = dice.prefix(limit).map { $0.markdown(plain: plain) }
        if dice.count > limit {
            parts.append(Localizer.text(MessageKeys.Dice.moreDice, ["count": String(dice.count - limit)], in: language))
        }
        return parts.joined(separator: ", ")
    }
}

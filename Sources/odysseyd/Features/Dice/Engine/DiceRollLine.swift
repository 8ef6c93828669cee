/// One evaluated line of a roll: its total and a Discord-markdown detail showing every die.
///
/// ```swift
/// let line = roll.lines[0]
/// line.total    // 16
/// line.detail   // "4d6kh3 (**6**, 5, ~~__1__~~, 3) + 2"
/// ```
struct DiceRollLine: Sendable {
    let total: Int
    /// Discord markdown, every die shown: maxima bold, minima underlined, dropped and rerolled-away
    /// dice struck through, exploding dice followed by `!`, successes by `✓`; labels escaped.
    let detail: String
    /// The detail in structured form, so ``DiceRollFormatter`` can collapse long dice lists without
    /// cutting markdown apart.
    let segments: [DiceDetailSegment]

    init(total: Int, segments: [DiceDetailSegment]) {
        self.total = total
        self.segments = segments
        self.detail = DiceDetailSegment.render(segments)
    }
}

/// One die as rolled and as shown: its value and what happened to it.
///
/// ```swift
/// DiceShownDie(value: 6, faces: .sides(6), exploded: true).markdown(plain: false)   // "**6**!"
/// ```
struct DiceShownDie: Sendable, Equatable {
    var value: Int
    var faces: DiceFaces
    /// Dropped by keep/drop or rerolled away: shown struck through, not counted.
    var removed = false
    /// Caused another die to be rolled.
    var exploded = false
    /// Met the success comparison (`10d10>=8`).
    var success = false

    var isActive: Bool { !removed }

    /// Fate dice read −, 0, + (U+2212 minus, which markdown leaves alone).
    var valueText: String {
        guard faces == .fate else { return String(value) }
        return value > 0 ? "+" : value < 0 ? "\u{2212}" : "0"
    }

    /// Maxima bold, minima underlined, `!` after an exploding die, `✓` after a success, removed
    /// dice struck through. `plain` leaves markers out, for text inside an outer strike-through
    /// (Discord cannot nest `~~`).
    func markdown(plain: Bool) -> String {
        var text = valueText
        if !plain {
            if value == faces.range.upperBound { text = "**" + text + "**" }
            else if value == faces.range.lowerBound { text = "__" + text + "__" }
        }
        if exploded { text += "!" }
        if success { text += "✓" }
        if removed && !plain { text = "~~" + text + "~~" }
        return text
    }
}

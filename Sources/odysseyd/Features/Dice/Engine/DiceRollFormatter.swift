/// Renders a roll as Discord message text within `maximumLength` characters (default 1900 to
/// leave room for a header): the expression in backticks, the comment, then each line's detail
/// and total. Pure: the only words (collapsed dice lists) come in `language`.
///
/// ```swift
/// DiceRollFormatter.text(for: roll, in: .en)
/// // `4d6kh3 + 2` · strength
/// // 4d6kh3 (**6**, 5, ~~__1__~~, 2) + 2 = **15**
/// ```
///
/// Repeats get one numbered line each (`1. … = **14**`). When the text is too long it is
/// shortened in steps, always keeping every total: long dice lists are collapsed (`… +812 more`),
/// then details are left out, then the comment and the expression are shortened. Lengths are
/// counted in UTF-16 units, which is never less than what Discord counts.
enum DiceRollFormatter {
    static func text(for roll: DiceRoll, maximumLength: Int = 1900, in language: Language) -> String {
        let comment = roll.comment.map(Array.init) ?? []
        let expression = Array(roll.expression)
        for shown in [nil, 20, 8, 3, 0] as [Int?] {
            let text = compose(roll, language, expression: expression, comment: comment, details: true, diceShown: shown)
            if fits(text, maximumLength) { return text }
        }
        var text = compose(roll, language, expression: expression, comment: comment, details: false, diceShown: 0)
        if fits(text, maximumLength) { return text }

        // Shorten the comment, then the expression, to the longest prefix that fits.
        let shortComment = longestPrefix(of: comment, maximumLength) { prefix in
            compose(roll, language, expression: expression, comment: prefix, details: false, diceShown: 0)
        }
        text = compose(roll, language, expression: expression, comment: shortComment, details: false, diceShown: 0)
        if fits(text, maximumLength) { return text }
        let shortExpression = longestPrefix(of: expression, maximumLength) { prefix in
            compose(roll, language, expression: prefix, comment: shortComment, details: false, diceShown: 0)
        }
        text = compose(roll, language, expression: shortExpression, comment: shortComment, details: false, diceShown: 0)
        if fits(text, maximumLength) { return text }

        // Only an absurdly small limit gets here: as many whole total lines as fit.
        var output = ""
        for line in text.split(separator: "\n").dropFirst() {
            let candidate = output.isEmpty ? String(line) : output + "\n" + line
            guard fits(candidate, maximumLength) else { break }
            output = candidate
        }
        return output
    }

    private static func fits(_ text: String, _ maximumLength: Int) -> Bool {
        text.utf16.count <= maximumLength
    }

    /// The longest prefix (with "…" when shortened) whose composed text fits; empty when none does.
    private static func longestPrefix(of characters: [Character], _ maximumLength: Int,
                                      compose: ([Character]) -> String) -> [Character] {
        func shortened(_ count: Int) -> [Character] {
            count >= characters.count ? characters : Array(characters.prefix(count)) + ["…"]
        }
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(compose(shortened(middle)), maximumLength) { low = middle } else { high = middle - 1 }
        }
        return low == 0 ? [] : shortened(low)
    }

    private static func compose(_ roll: DiceRoll, _ language: Language, expression: [Character], comment: [Character],
                                details: Bool, diceShown: Int?) -> String {
        var header = DiscordMarkdown.code(String(expression))
        if roll.lines.count > 1 { header += " ×\(roll.lines.count)" }
        if !comment.isEmpty { header += " · " + DiscordMarkdown.escape(String(comment)) }
        var lines = [header]
        for (number, line) in roll.lines.enumerated() {
            let prefix = roll.lines.count > 1 ? "\(number + 1). " : ""
            if details {
                lines.append(prefix + DiceDetailSegment.render(line.segments, diceShown: diceShown, in: language) + " = **\(line.total)**")
            } else {
                lines.append(prefix + "**\(line.total)**")
            }
        }
        return lines.joined(separator: "\n")
    }
}

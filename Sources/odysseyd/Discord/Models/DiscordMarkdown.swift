/// Text from users shown inside the bot's own formatting.
///
/// Discord's markdown has no quoting syntax, so each control character gets a backslash; a
/// mass mention gets a zero-width space after its `@`, so a name like "@everyone" reads as
/// typed and cannot ping even where allowed mentions are not set.
///
/// ```swift
/// let line = "**\(DiscordMarkdown.escape(character.name))** rolls"   // "*Ann*" stays literal
/// ```
enum DiscordMarkdown {
    private static let control: Set<Character> = ["\\", "*", "_", "~", "`", "|", ">", "#", "-", "[", "]", "(", ")", ":", "<"]

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            if control.contains(character) { escaped.append("\\") }
            escaped.append(character)
            if character == "@" { escaped.append("\u{200B}") }
        }
        return escaped
    }

    /// `text` as inline code; a backtick inside would end the span early, so it becomes a quote.
    static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
    }
}

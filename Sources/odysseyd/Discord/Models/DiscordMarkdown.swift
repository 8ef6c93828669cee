/// Text from users shown inside the bot's own formatting: names, labels, comments.
///
/// Discord's markdown has no quoting syntax, so each control character gets a backslash; line
/// breaks become spaces so nothing starts a heading, quote or list; a zero-width space after `@`
/// defeats `@everyone` and `@here` even where allowed mentions are not set.
///
/// ```swift
/// DiscordMarkdown.escape("@everyone *hi*")   // "@\u{200B}everyone \\*hi\\*"
/// DiscordMarkdown.code("1d20 `x`")           // "`1d20 ˋxˋ`"
/// ```
enum DiscordMarkdown {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "*", "_", "~", "`", "|", "<", ">", "[", "]":
                output.append("\\")
                output.append(character)
            case "@":
                output.append("@\u{200B}")
            case let other where other.isNewline || other == "\t":
                output.append(" ")
            default:
                output.append(character)
            }
        }
        return output
    }

    /// `text` as an inline code span. Escapes do not work inside one, so a backtick (which would
    /// end the span) becomes `ˋ` (U+02CB), a line break a space, and `@` is defused as in ``escape(_:)``.
    static func code(_ text: String) -> String {
        var output = "`"
        for character in text {
            switch character {
            case "`": output.append("ˋ")
            case "@": output.append("@\u{200B}")
            case let other where other.isNewline: output.append(" ")
            default: output.append(character)
            }
        }
        return output + "`"
    }
}

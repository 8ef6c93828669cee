/// Escaping for user-typed text (labels, comments, the expression) in Discord messages, so it can
/// neither break the surrounding markdown nor mention anyone.
///
/// ```swift
/// DiceMarkdown.escape("@everyone *hi*")   // "@\u{200B}everyone \\*hi\\*"
/// DiceMarkdown.code("a`b")                // "aˋb", safe between backticks
/// ```
enum DiceMarkdown {
    /// Backslash before markdown characters; a zero-width space after `@` defeats `@everyone`
    /// and `@here` even where escapes are not honoured; line breaks become spaces so nothing
    /// starts a heading, quote or list.
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

    /// For text inside a code span, where escapes do not work: backticks become `ˋ` (U+02CB), and
    /// `@` still gets its zero-width space (mentions are parsed from the raw text).
    static func code(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "`": output.append("ˋ")
            case "@": output.append("@\u{200B}")
            case let other where other.isNewline: output.append(" ")
            default: output.append(character)
            }
        }
        return output
    }

    /// Operators as shown in a detail line: `*` would start emphasis.
    static func symbol(_ op: DiceOperator) -> String {
        op == .multiply ? "\\*" : escape(op.symbol)
    }
}

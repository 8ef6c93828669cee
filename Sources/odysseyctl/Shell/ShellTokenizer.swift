/// Splits a shell line into arguments the way a POSIX shell would, minus expansions.
///
/// Single quotes keep everything literally; double quotes keep everything but `\"`, `\\`,
/// `\$` and `` \` ``; outside quotes a backslash escapes the next character. Nothing is
/// expanded (`$HOME`, `*`, `~` stay as typed): the shell runs odysseyctl commands, not programs.
///
/// ```swift
/// try ShellTokenizer.split(#"job enqueue duel.round.close --payload '{"a": 1}'"#)
/// // ["job", "enqueue", "duel.round.close", "--payload", "{\"a\": 1}"]
/// ShellTokenizer.scan("queue show du").partialWord   // "du"
/// ```
enum ShellTokenizer {
    /// A line that ends inside quotes or after a lone backslash: running it would guess.
    struct Unterminated: Error, CustomStringConvertible, Equatable {
        /// `'`, `"` or `\`.
        var character: Character

        var description: String {
            character == "\\"
                ? "the line ends with a backslash; nothing follows it to escape"
                : "unterminated \(character) quote: add the closing \(character)"
        }
    }

    /// What a line holds so far, read leniently so completion works mid-word and mid-quote.
    struct Scan: Equatable {
        /// Every word, the one under construction at the end included.
        var words: [String]
        /// Whether the line ends inside a word (true) or after whitespace (false).
        var endsInWord: Bool
        /// The quote or backslash still open at the end, if any.
        var open: Character?

        /// The words before the one being typed.
        var completeWords: [String] { endsInWord ? Array(words.dropLast()) : words }
        /// The word being typed, unquoted; empty after whitespace.
        var partialWord: String { endsInWord ? words.last ?? "" : "" }
    }

    static func split(_ line: String) throws(Unterminated) -> [String] {
        let scan = scan(line)
        if let open = scan.open {
            throw Unterminated(character: open)
        }
        return scan.words
    }

    static func scan(_ line: String) -> Scan {
        var words: [String] = []
        // nil between words; "" is a real (possibly empty, e.g. '') word being built.
        var current: String?
        var quote: Character?
        var escaped = false

        for character in line {
            if escaped {
                // In double quotes a backslash only escapes the characters that need it.
                if quote == "\"", !"\"\\$`".contains(character) {
                    current!.append("\\")
                }
                current!.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case ("'", _):
                current!.append(character)
            case ("\"", "\\"), (nil, "\\"):
                current = current ?? ""
                escaped = true
            case ("\"", _):
                current!.append(character)
            case (nil, "'"), (nil, "\""):
                current = current ?? ""
                quote = character
            case (nil, _) where character.isWhitespace:
                if let word = current {
                    words.append(word)
                    current = nil
                }
            default:
                current = (current ?? "") + String(character)
            }
        }
        let endsInWord = current != nil
        if let current {
            words.append(current)
        }
        return Scan(words: words, endsInWord: endsInWord, open: escaped ? "\\" : quote)
    }
}

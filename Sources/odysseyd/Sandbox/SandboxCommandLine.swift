/// A slash command as a person types it: `/roll expression:2d6+1`, `/sign-up join`,
/// `/note text:"two words"`. The name, then bare words (subcommand group, subcommand) and
/// `option:value` pairs; double quotes keep spaces in a value.
///
/// ```swift
/// let line = try SandboxCommandLine(parsing: "/sign-up join team:\"Red Stars\"")
/// line.name          // "sign-up"
/// line.words         // ["join"]
/// line.options       // [("team", "Red Stars")]
/// ```
struct SandboxCommandLine: Sendable, Equatable {
    var name: String
    var words: [String]
    var options: [Option]

    struct Option: Sendable, Equatable {
        var name: String
        var value: String
    }

    init(parsing text: String) throws(SandboxInjectionError) {
        var tokens = try Self.tokenize(text)
        guard !tokens.isEmpty else { throw SandboxInjectionError("The command is empty; write it as in Discord, e.g. /ping.") }
        var first = tokens.removeFirst()
        if first.hasPrefix("/") { first.removeFirst() }
        guard !first.isEmpty, !first.contains(":") else {
            throw SandboxInjectionError("\"\(text)\" does not start with a command name, e.g. /ping.")
        }
        name = first.lowercased()
        words = []
        options = []
        for token in tokens {
            if let colon = token.firstIndex(of: ":") {
                let key = String(token[..<colon])
                guard !key.isEmpty else { throw SandboxInjectionError("\"\(token)\" has no option name before ':'.") }
                options.append(Option(name: key, value: String(token[token.index(after: colon)...])))
            } else {
                guard options.isEmpty else {
                    throw SandboxInjectionError("\"\(token)\" comes after an option; subcommands go first, options are name:value.")
                }
                words.append(token)
            }
        }
    }

    /// Splits on spaces outside double quotes; quotes are removed, `\"` keeps one.
    private static func tokenize(_ text: String) throws(SandboxInjectionError) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        var started = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                started = true
            } else if character.isWhitespace, !quoted {
                if started { tokens.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        guard !quoted else { throw SandboxInjectionError("A double quote is not closed in \"\(text)\".") }
        if started { tokens.append(current) }
        return tokens
    }
}

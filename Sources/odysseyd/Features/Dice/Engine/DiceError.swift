/// Why an expression cannot be rolled: where (a 0-based character offset into the whole input,
/// repeat prefix included) and what was expected there, as a catalog key with its values. The
/// engine stays free of languages: the reply renders ``message(in:)`` in the guild's language,
/// while ``message`` and ``description`` are English, for logs and tests.
///
/// ```swift
/// do {
///     _ = try DiceRoller().roll("2d", using: &generator)
/// } catch {
///     error.description                  // "at 2: expected a number of sides after 'd'"
///     error.message(in: .ru)             // "после «d» ожидалось число граней"
///     error.caretDiagram(for: "2d")      // "2d\n  ^"
/// }
/// ```
struct DiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A placeholder's value: plain text, or a count rendered with its noun in the message's
    /// language (``Localizer/plural(_:_:in:)``), so `at most 20 repeats` agrees in Russian too.
    enum Value: Sendable, Equatable {
        case text(String)
        case count(key: String, Int)

        static func number(_ value: Int) -> Value { .text(String(value)) }
    }

    /// 0-based character offset; may equal the input's length (an error at the end).
    let position: Int
    /// A ``MessageKeys/Dice/Errors`` key.
    let key: String
    let values: [String: Value]

    init(position: Int, _ key: String, _ values: [String: Value] = [:]) {
        self.position = position
        self.key = key
        self.values = values
    }

    /// The message in a language, without a final full stop (the reply adds one).
    func message(in language: Language) -> String {
        let filled = values.mapValues { value in
            switch value {
            case .text(let text): text
            case .count(let key, let count): Localizer.plural(key, count, in: language)
            }
        }
        return Localizer.text(key, filled, in: language)
    }

    /// English, for logs and tests.
    var message: String { message(in: .en) }

    var description: String {
        "at \(position): \(message)"
    }

    /// Characters of input shown around the position when the input is long.
    private static let window = 60

    /// Two lines for a ``` code block: the input (shortened around the position when long) and a
    /// caret under the position. Backticks become `ˋ` and control characters spaces, so the block
    /// cannot be closed early and the caret stays aligned.
    func caretDiagram(for input: String) -> String {
        let characters = input.map { character -> Character in
            if character == "`" { return "ˋ" }
            if character.isNewline || character == "\t" || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return " " }
            return character
        }
        let position = min(max(position, 0), characters.count)
        var start = 0
        var end = characters.count
        if characters.count > Self.window {
            start = max(0, min(position - Self.window / 2, characters.count - Self.window))
            end = min(characters.count, start + Self.window)
        }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let shown = prefix + String(characters[start..<end]) + suffix
        let caret = String(repeating: " ", count: prefix.count + position - start) + "^"
        return shown + "\n" + caret
    }
}

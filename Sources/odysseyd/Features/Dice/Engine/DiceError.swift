/// Why an expression cannot be rolled: where (a 0-based character offset into the whole input,
/// repeat prefix included) and what was expected there.
///
/// ```swift
/// do {
///     _ = try DiceRoller().roll("2d", using: &generator)
/// } catch {
///     error.description                  // "at 2: expected a number of sides after 'd'"
///     error.caretDiagram(for: "2d")      // "2d\n  ^"
/// }
/// ```
struct DiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 0-based character offset; may equal the input's length (an error at the end).
    let position: Int
    let message: String

    init(position: Int, message: String) {
        self.position = position
        self.message = message
    }

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

import Foundation

/// A tiny mdoc(7) writer: macros, escaped text, and the lists the manual page uses.
///
/// ```swift
/// var page = MDoc()
/// page.section("NAME")
/// page.macro("Nm", "odysseyctl")
/// print(page.output)
/// ```
struct MDoc {
    private(set) var output = ""

    mutating func raw(_ line: String) {
        output += line + "\n"
    }

    mutating func comment(_ text: String) {
        raw(#".\" "# + text)
    }

    mutating func macro(_ name: String, _ arguments: String...) {
        raw(([".\(name)"] + arguments.map(Self.escapedArgument)).joined(separator: " "))
    }

    mutating func section(_ title: String) {
        raw(".Sh \(title)")
    }

    mutating func paragraph() {
        raw(".Pp")
    }

    /// Free text, one sentence per line as mdoc(7) asks, so spacing after periods is right.
    mutating func text(_ text: String) {
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard !paragraph.trimmingCharacters(in: .whitespaces).isEmpty else {
                self.paragraph()
                continue
            }
            for sentence in Self.sentences(in: String(paragraph)) {
                raw(Self.escapedText(sentence))
            }
        }
    }

    /// Options as a tag list: the synopsis as the tag, then abstract and discussion.
    mutating func optionList(_ options: [HelpDump.Argument]) {
        guard !options.isEmpty else { return }
        raw(".Bl -tag -width Ds")
        for option in options {
            raw(".It " + ManualPage.synopsis(of: option))
            text(option.abstract ?? "")
            if let discussion = option.discussion {
                text(discussion)
            }
            if let defaultValue = option.defaultValue, option.kind == .option {
                text("The default is \(defaultValue).")
            }
        }
        raw(".El")
    }

    static func escapedText(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        // A leading dot or quote would make the line a request, not text.
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    static func escapedArgument(_ argument: String) -> String {
        let escaped = argument.replacingOccurrences(of: "\\", with: "\\e")
        return escaped.contains(" ") || escaped.contains("\"")
            ? "\"" + escaped.replacingOccurrences(of: "\"", with: "\\(dq") + "\""
            : escaped
    }

    /// Periods that do not end a sentence, so "e.g. 90s" stays on one line: a line that ends
    /// in a period would get a sentence's wider space after it.
    private static let abbreviations = ["e.g.", "i.e.", "cf.", "vs."]

    private static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character == " ", let previous, ".?!".contains(previous), !current.isEmpty, !endsInAbbreviation(current) {
                sentences.append(current)
                current = ""
            } else if !(character == " " && current.isEmpty) {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    private static func endsInAbbreviation(_ text: String) -> Bool {
        abbreviations.contains { abbreviation in
            guard text.lowercased().hasSuffix(abbreviation) else { return false }
            // A whole word: "(e.g." counts, "close.g." does not.
            return text.dropLast(abbreviation.count).last.map { !$0.isLetter } ?? true
        }
    }
}

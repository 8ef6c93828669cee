import Foundation

/// Aligned `key  value` lines; a value with several lines keeps them under its first.
///
/// ```swift
/// var list = KeyValueList()
/// list.append("state", "running")
/// list.append("problems", ["a", "b"])
/// print(list.render())
/// ```
struct KeyValueList: Sendable {
    private var entries: [(key: String, lines: [String])] = []

    mutating func append(_ key: String, _ value: String) {
        entries.append((key, [value]))
    }

    mutating func append(_ key: String, _ lines: [String]) {
        entries.append((key, lines.isEmpty ? [""] : lines))
    }

    func render() -> String {
        let width = (entries.map(\.key.count).max() ?? 0) + 2
        return entries.flatMap { entry in
            entry.lines.enumerated().map { index, line in
                let key = index == 0 ? entry.key : ""
                return (key.padding(toLength: width, withPad: " ", startingAt: 0) + line)
                    .trimmingSuffixSpaces()
            }
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingSuffixSpaces() -> String {
        var trimmed = Substring(self)
        while trimmed.last == " " { trimmed.removeLast() }
        return String(trimmed)
    }
}

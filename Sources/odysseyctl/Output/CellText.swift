/// Free text (an error message, a name) made safe for one table cell: one line, bounded.
///
/// ```swift
/// CellText.oneLine("connection reset\n  at Gateway.swift:42", limit: 20)  // "connection reset at…"
/// CellText.oneLine(nil)                                                   // "-"
/// ```
enum CellText {
    static func oneLine(_ text: String?, limit: Int? = nil) -> String {
        guard let text else { return "-" }
        let flattened = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !flattened.isEmpty else { return "-" }
        guard let limit, flattened.count > limit else { return flattened }
        return String(flattened.prefix(max(0, limit - 1))) + "…"
    }
}

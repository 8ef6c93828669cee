import Foundation
import Shared

/// `odysseyctl sandbox interact` as text: what the bot answered (content, embeds, buttons),
/// whether only the invoker sees it, and how it acknowledged.
///
/// ```swift
/// print(SandboxInteractionRenderer.text(for: outcome))
/// // answer        Pong!
/// // visibility    everyone
/// // acknowledged  CHANNEL_MESSAGE_WITH_SOURCE after 12 ms
/// ```
enum SandboxInteractionRenderer {
    static func text(for outcome: SandboxInteractionOutcome) -> String {
        var list = KeyValueList()
        list.append(outcome.kind == "component" ? "clicked" : "command", outcome.invocation)
        if let response = outcome.response {
            append(response, to: &list, label: "answer")
            list.append("visibility", response.ephemeral ? "ephemeral (only the invoker sees it)" : "everyone in the channel")
        } else if outcome.acknowledged {
            list.append("answer", outcome.callbackName.map { "(no message: \($0))" } ?? "(no message)")
        } else {
            list.append("answer", "(none)")
        }
        if let name = outcome.callbackName {
            var acknowledged = name
            if let elapsed = outcome.acknowledgedMilliseconds { acknowledged += " after \(milliseconds(elapsed))" }
            if outcome.deferred { acknowledged += " (deferred, then edited)" }
            list.append("acknowledged", acknowledged)
        } else {
            list.append("acknowledged", "no")
        }
        for (index, followUp) in outcome.followUps.enumerated() {
            append(followUp, to: &list, label: "follow-up \(index + 1)")
        }
        list.append("elapsed", milliseconds(outcome.elapsedMilliseconds))
        if let problem = outcome.problem { list.append("problem", problem) }
        return list.render()
    }

    private static func append(_ message: SandboxMessageReport, to list: inout KeyValueList, label: String) {
        var lines = message.content.isEmpty ? [] : message.content.components(separatedBy: "\n")
        if message.ephemeral, label != "answer" { lines.append("(ephemeral)") }
        if lines.isEmpty, message.embeds.isEmpty, message.components.isEmpty { lines = ["(empty)"] }
        list.append(label, lines)
        for (index, embed) in message.embeds.enumerated() {
            list.append(message.embeds.count == 1 ? "embed" : "embed \(index + 1)", embedLines(embed))
        }
        let buttons = components(message.components)
        if !buttons.isEmpty { list.append("components", buttons) }
    }

    static func embedLines(_ embed: JSONValue) -> [String] {
        var lines: [String] = []
        if let title = embed["title"]?.text { lines.append(title) }
        if let description = embed["description"]?.text { lines += description.components(separatedBy: "\n") }
        if case .array(let fields)? = embed["fields"] {
            for field in fields { lines.append("\(field["name"]?.text ?? ""): \(field["value"]?.text ?? "")") }
        }
        if let footer = embed["footer"]?["text"]?.text { lines.append("— \(footer)") }
        return lines.isEmpty ? ["(empty embed)"] : lines
    }

    /// One line per action row: `[Label]` buttons (with their custom ids) and `<select>` menus.
    static func components(_ rows: [JSONValue]) -> [String] {
        rows.map { row -> String in
            let children: [JSONValue] = if case .array(let items)? = row["components"] { items } else { [row] }
            return children.map { component -> String in
                let id = component["custom_id"]?.text.map { " (\($0))" } ?? component["url"]?.text.map { " <\($0)>" } ?? ""
                let disabled = component["disabled"] == .bool(true) ? " disabled" : ""
                switch component["type"] {
                case .number(2)?:
                    return "[\(component["label"]?.text ?? component["emoji"]?["name"]?.text ?? "button")]\(id)\(disabled)"
                case .number(3)?, .number(5)?, .number(6)?, .number(7)?, .number(8)?:
                    return "<\(component["placeholder"]?.text ?? "select")>\(id)\(disabled)"
                default:
                    return "component\(id)"
                }
            }.joined(separator: " ")
        }
    }

    private static func milliseconds(_ value: Double) -> String {
        value >= 1000 ? String(format: "%.2f s", value / 1000) : String(format: "%.0f ms", value)
    }
}

extension JSONValue {
    fileprivate var text: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// The `data` of a MODAL_SUBMIT interaction
/// (discord-docs/interactions/receiving-and-responding.mdx, "Modal Submit Data Structure").
///
/// ```swift
/// let reason = data.textValues["reason"] ?? ""
/// ```
struct ModalSubmitData: Codable, Hashable, Sendable {
    var customID: String
    var components: [SubmittedComponent]
    var resolved: ResolvedData? = nil

    enum CodingKeys: String, CodingKey {
        case components, resolved
        case customID = "custom_id"
    }

    /// Every text input's value by its custom id, however deeply nested.
    var textValues: [String: String] {
        var result: [String: String] = [:]
        var pending = components
        while let next = pending.popLast() {
            if next.type == .textInput, let id = next.customID, let value = next.value { result[id] = value }
            pending.append(contentsOf: next.children)
        }
        return result
    }
}

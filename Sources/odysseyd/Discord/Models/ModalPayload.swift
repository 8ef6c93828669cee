/// The popup form sent with a MODAL interaction response
/// (discord-docs/interactions/receiving-and-responding.mdx, "Modal").
///
/// ```swift
/// let modal = ModalPayload(customID: "report:9", title: "Report a player", components: [
///     .actionRow(ActionRow([.textInput(TextInput(customID: "reason", style: .paragraph, label: "Reason"))])),
/// ])
/// ```
struct ModalPayload: Codable, Hashable, Sendable {
    var customID: String
    var title: String
    var components: [MessageComponent]

    enum CodingKeys: String, CodingKey {
        case title, components
        case customID = "custom_id"
    }
}

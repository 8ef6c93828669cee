/// A clickable button in an action row (discord-docs/components/reference.mdx, "Button").
/// Link buttons carry a `url` and send no interaction; every other style needs a `custom_id`.
///
/// ```swift
/// let accept = Button(style: .success, label: "Accept", customID: "duel:accept:42")
/// let rules = Button.link(label: "Rules", url: "https://example.org/rules")
/// ```
struct Button: Codable, Hashable, Sendable {
    var type: ComponentType = .button
    var style: ButtonStyle
    var label: String? = nil
    var emoji: PartialEmoji? = nil
    var customID: String? = nil
    var skuID: Snowflake? = nil
    var url: String? = nil
    var disabled: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case type, style, label, emoji, url, disabled
        case customID = "custom_id"
        case skuID = "sku_id"
    }

    init(style: ButtonStyle, label: String? = nil, customID: String, emoji: PartialEmoji? = nil, disabled: Bool? = nil) {
        self.style = style
        self.label = label
        self.customID = customID
        self.emoji = emoji
        self.disabled = disabled
    }

    private init(style: ButtonStyle, label: String?, url: String, emoji: PartialEmoji?, disabled: Bool?) {
        self.style = style
        self.label = label
        self.url = url
        self.emoji = emoji
        self.disabled = disabled
    }

    static func link(label: String? = nil, url: String, emoji: PartialEmoji? = nil, disabled: Bool? = nil) -> Button {
        Button(style: .link, label: label, url: url, emoji: emoji, disabled: disabled)
    }
}

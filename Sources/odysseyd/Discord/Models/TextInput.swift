/// A text field in a modal (discord-docs/components/reference.mdx, "Text Input"), placed in an
/// action row. Its `label` is what Discord shows above the field.
///
/// ```swift
/// let reason = TextInput(customID: "reason", style: .paragraph, label: "Why?", maxLength: 500)
/// ```
struct TextInput: Codable, Hashable, Sendable {
    var type: ComponentType = .textInput
    var customID: String
    var style: TextInputStyle
    var label: String? = nil
    var minLength: Int? = nil
    var maxLength: Int? = nil
    var required: Bool? = nil
    /// Pre-filled text.
    var value: String? = nil
    var placeholder: String? = nil

    enum CodingKeys: String, CodingKey {
        case type, style, label, required, value, placeholder
        case customID = "custom_id"
        case minLength = "min_length"
        case maxLength = "max_length"
    }

    init(customID: String, style: TextInputStyle, label: String? = nil, minLength: Int? = nil,
         maxLength: Int? = nil, required: Bool? = nil, value: String? = nil, placeholder: String? = nil) {
        self.customID = customID
        self.style = style
        self.label = label
        self.minLength = minLength
        self.maxLength = maxLength
        self.required = required
        self.value = value
        self.placeholder = placeholder
    }
}

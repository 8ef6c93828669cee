/// A drop-down of developer-defined options (discord-docs/components/reference.mdx, "String Select").
/// Alone in its action row.
///
/// ```swift
/// let pick = StringSelect(customID: "role-menu:7", options: [SelectOption(label: "Red", value: "red")],
///                         placeholder: "Pick a colour")
/// ```
struct StringSelect: Codable, Hashable, Sendable {
    var type: ComponentType = .stringSelect
    var customID: String
    var options: [SelectOption]
    var placeholder: String? = nil
    var minValues: Int? = nil
    var maxValues: Int? = nil
    var disabled: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case type, options, placeholder, disabled
        case customID = "custom_id"
        case minValues = "min_values"
        case maxValues = "max_values"
    }

    init(customID: String, options: [SelectOption], placeholder: String? = nil,
         minValues: Int? = nil, maxValues: Int? = nil, disabled: Bool? = nil) {
        self.customID = customID
        self.options = options
        self.placeholder = placeholder
        self.minValues = minValues
        self.maxValues = maxValues
        self.disabled = disabled
    }
}

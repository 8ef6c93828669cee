/// One component of a submitted modal, with what the user entered
/// (discord-docs/interactions/receiving-and-responding.mdx, "Component Interaction Response
/// Structures"). Action rows hold `components`; a Label holds one `component`: both land in
/// ``children`` so a walk finds every input either way.
struct SubmittedComponent: Codable, Hashable, Sendable {
    var type: ComponentType
    var id: Int? = nil
    var customID: String? = nil
    /// A text input's text.
    var value: String? = nil
    /// A select's chosen values.
    var values: [String]? = nil
    var children: [SubmittedComponent] = []

    enum CodingKeys: String, CodingKey {
        case type, id, value, values, components, component
        case customID = "custom_id"
    }

    init(type: ComponentType, customID: String? = nil, value: String? = nil, children: [SubmittedComponent] = []) {
        self.type = type
        self.customID = customID
        self.value = value
        self.children = children
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(ComponentType.self, forKey: .type)
        id = try c.decodeIfPresent(Int.self, forKey: .id)
        customID = try c.decodeIfPresent(String.self, forKey: .customID)
        value = try c.decodeIfPresent(String.self, forKey: .value)
        values = try c.decodeIfPresent([String].self, forKey: .values)
        children = try c.decodeIfPresent([SubmittedComponent].self, forKey: .components) ?? []
        if let single = try c.decodeIfPresent(SubmittedComponent.self, forKey: .component) {
            children.append(single)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(customID, forKey: .customID)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(values, forKey: .values)
        if !children.isEmpty { try c.encode(children, forKey: .components) }
    }
}

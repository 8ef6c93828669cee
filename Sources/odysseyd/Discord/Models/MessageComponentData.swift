/// The `data` of a MESSAGE_COMPONENT interaction: which button or select was used
/// (discord-docs/interactions/receiving-and-responding.mdx, "Message Component Data Structure").
struct MessageComponentData: Codable, Hashable, Sendable {
    var customID: String
    var componentType: ComponentType
    /// The chosen option values; empty for buttons.
    var values: [String] = []
    var resolved: ResolvedData? = nil

    enum CodingKeys: String, CodingKey {
        case values, resolved
        case customID = "custom_id"
        case componentType = "component_type"
    }

    init(customID: String, componentType: ComponentType, values: [String] = []) {
        self.customID = customID
        self.componentType = componentType
        self.values = values
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        customID = try c.decode(String.self, forKey: .customID)
        componentType = try c.decode(ComponentType.self, forKey: .componentType)
        values = try c.decodeIfPresent([String].self, forKey: .values) ?? []
        resolved = try c.decodeIfPresent(ResolvedData.self, forKey: .resolved)
    }
}

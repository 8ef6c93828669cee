/// Message flag bits the daemon sets or reads (discord-docs/resources/message.mdx, "Message Flags").
/// Travels as a JSON integer.
struct MessageFlags: OptionSet, Codable, Hashable, Sendable {
    let rawValue: Int

    init(rawValue: Int) { self.rawValue = rawValue }

    static let suppressEmbeds = MessageFlags(rawValue: 1 << 2)
    /// Only the invoking user sees the message; valid on interaction responses and follow-ups.
    static let ephemeral = MessageFlags(rawValue: 1 << 6)
    static let suppressNotifications = MessageFlags(rawValue: 1 << 12)
    static let isComponentsV2 = MessageFlags(rawValue: 1 << 15)

    init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

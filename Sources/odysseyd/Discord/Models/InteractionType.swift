/// Why an interaction was sent.
/// Values from discord-docs/interactions/receiving-and-responding.mdx, "Interaction Type"; unknown ones decode to `.unknown`.
enum InteractionType: DiscordEnum {
    case ping, applicationCommand, messageComponent, applicationCommandAutocomplete, modalSubmit
    case unknown(Int)

    static let knownCases: [InteractionType] = [.ping, .applicationCommand, .messageComponent, .applicationCommandAutocomplete, .modalSubmit]

    var rawValue: Int {
        switch self {
        case .ping: 1
        case .applicationCommand: 2
        case .messageComponent: 3
        case .applicationCommandAutocomplete: 4
        case .modalSubmit: 5
        case .unknown(let value): value
        }
    }
}

/// Where an interaction can be used or was triggered.
/// Values from discord-docs/interactions/receiving-and-responding.mdx, "Interaction Context Types"; unknown ones decode to `.unknown`.
enum InteractionContextType: DiscordEnum {
    case guild, botDM, privateChannel
    case unknown(Int)

    static let knownCases: [InteractionContextType] = [.guild, .botDM, .privateChannel]

    var rawValue: Int {
        switch self {
        case .guild: 0
        case .botDM: 1
        case .privateChannel: 2
        case .unknown(let value): value
        }
    }
}

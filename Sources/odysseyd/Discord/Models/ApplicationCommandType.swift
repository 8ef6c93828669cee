/// The kind of an application command; Discord assumes `chatInput` when omitted.
/// Values from discord-docs/interactions/application-commands.mdx, "Application Command Types"; unknown ones decode to `.unknown`.
enum ApplicationCommandType: DiscordEnum {
    case chatInput, user, message, primaryEntryPoint
    case unknown(Int)

    static let knownCases: [ApplicationCommandType] = [.chatInput, .user, .message, .primaryEntryPoint]

    var rawValue: Int {
        switch self {
        case .chatInput: 1
        case .user: 2
        case .message: 3
        case .primaryEntryPoint: 4
        case .unknown(let value): value
        }
    }
}

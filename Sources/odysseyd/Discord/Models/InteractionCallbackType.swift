/// The `type` of an interaction response.
/// Values from discord-docs/interactions/receiving-and-responding.mdx, "Interaction Callback Type"; unknown ones decode to `.unknown`.
enum InteractionCallbackType: DiscordEnum {
    case pong, channelMessageWithSource, deferredChannelMessageWithSource, deferredUpdateMessage, updateMessage, applicationCommandAutocompleteResult, modal, premiumRequired, launchActivity
    case unknown(Int)

    static let knownCases: [InteractionCallbackType] = [.pong, .channelMessageWithSource, .deferredChannelMessageWithSource, .deferredUpdateMessage, .updateMessage, .applicationCommandAutocompleteResult, .modal, .premiumRequired, .launchActivity]

    var rawValue: Int {
        switch self {
        case .pong: 1
        case .channelMessageWithSource: 4
        case .deferredChannelMessageWithSource: 5
        case .deferredUpdateMessage: 6
        case .updateMessage: 7
        case .applicationCommandAutocompleteResult: 8
        case .modal: 9
        case .premiumRequired: 10
        case .launchActivity: 12
        case .unknown(let value): value
        }
    }
}

/// Single-line or multi-line text input.
/// Values from discord-docs/components/reference.mdx, "Text Input Styles"; unknown ones decode to `.unknown`.
enum TextInputStyle: DiscordEnum {
    case short, paragraph
    case unknown(Int)

    static let knownCases: [TextInputStyle] = [.short, .paragraph]

    var rawValue: Int {
        switch self {
        case .short: 1
        case .paragraph: 2
        case .unknown(let value): value
        }
    }
}

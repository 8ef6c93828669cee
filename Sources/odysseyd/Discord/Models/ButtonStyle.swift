/// How a button looks and what it needs: `link` takes a `url`, `premium` an SKU, the others a `custom_id`.
/// Values from discord-docs/components/reference.mdx, "Button Styles"; unknown ones decode to `.unknown`.
enum ButtonStyle: DiscordEnum {
    case primary, secondary, success, danger, link, premium
    case unknown(Int)

    static let knownCases: [ButtonStyle] = [.primary, .secondary, .success, .danger, .link, .premium]

    var rawValue: Int {
        switch self {
        case .primary: 1
        case .secondary: 2
        case .success: 3
        case .danger: 4
        case .link: 5
        case .premium: 6
        case .unknown(let value): value
        }
    }
}

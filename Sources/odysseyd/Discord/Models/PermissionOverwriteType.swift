/// Whether a permission overwrite targets a role or a member.
/// Values from discord-docs/resources/channel.mdx, "Overwrite Object"; unknown ones decode to `.unknown`.
enum PermissionOverwriteType: DiscordEnum {
    case role, member
    case unknown(Int)

    static let knownCases: [PermissionOverwriteType] = [.role, .member]

    var rawValue: Int {
        switch self {
        case .role: 0
        case .member: 1
        case .unknown(let value): value
        }
    }
}

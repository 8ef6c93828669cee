/// The kind of a channel.
/// Values from discord-docs/resources/channel.mdx, "Channel Types"; unknown ones decode to `.unknown`.
enum ChannelType: DiscordEnum {
    case guildText, dm, guildVoice, groupDM, guildCategory, guildAnnouncement, announcementThread, publicThread, privateThread, guildStageVoice, guildDirectory, guildForum, guildMedia
    case unknown(Int)

    static let knownCases: [ChannelType] = [.guildText, .dm, .guildVoice, .groupDM, .guildCategory, .guildAnnouncement, .announcementThread, .publicThread, .privateThread, .guildStageVoice, .guildDirectory, .guildForum, .guildMedia]

    var rawValue: Int {
        switch self {
        case .guildText: 0
        case .dm: 1
        case .guildVoice: 2
        case .groupDM: 3
        case .guildCategory: 4
        case .guildAnnouncement: 5
        case .announcementThread: 10
        case .publicThread: 11
        case .privateThread: 12
        case .guildStageVoice: 13
        case .guildDirectory: 14
        case .guildForum: 15
        case .guildMedia: 16
        case .unknown(let value): value
        }
    }
}

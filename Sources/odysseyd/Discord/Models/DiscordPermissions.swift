import Foundation

/// A set of Discord permission bits. Travels as a decimal string (it outgrew 32 bits), and also
/// decodes from a JSON number for tolerance. Every flag documented in
/// discord-docs/topics/permissions.mdx ("Bitwise Permission Flags") is named here.
///
/// ```swift
/// let member = try DiscordPermissions(parsing: "268435464")   // MANAGE_ROLES | ADMINISTRATOR
/// member.contains(.manageRoles)                            // true
/// DiscordPermissions([.manageRoles, .kickMembers]).names   // ["Kick Members", "Manage Roles"]
/// ```
struct DiscordPermissions: OptionSet, Hashable, Sendable, Codable, CustomStringConvertible {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Parses Discord's decimal string form.
    init(parsing text: String) throws {
        guard let value = UInt64(text) else { throw DiscordPermissionsError(text: text) }
        self.rawValue = value
    }

    static let createInstantInvite = DiscordPermissions(rawValue: 1 << 0)
    static let kickMembers = DiscordPermissions(rawValue: 1 << 1)
    static let banMembers = DiscordPermissions(rawValue: 1 << 2)
    static let administrator = DiscordPermissions(rawValue: 1 << 3)
    static let manageChannels = DiscordPermissions(rawValue: 1 << 4)
    static let manageGuild = DiscordPermissions(rawValue: 1 << 5)
    static let addReactions = DiscordPermissions(rawValue: 1 << 6)
    static let viewAuditLog = DiscordPermissions(rawValue: 1 << 7)
    static let prioritySpeaker = DiscordPermissions(rawValue: 1 << 8)
    static let stream = DiscordPermissions(rawValue: 1 << 9)
    static let viewChannel = DiscordPermissions(rawValue: 1 << 10)
    static let sendMessages = DiscordPermissions(rawValue: 1 << 11)
    static let sendTTSMessages = DiscordPermissions(rawValue: 1 << 12)
    static let manageMessages = DiscordPermissions(rawValue: 1 << 13)
    static let embedLinks = DiscordPermissions(rawValue: 1 << 14)
    static let attachFiles = DiscordPermissions(rawValue: 1 << 15)
    static let readMessageHistory = DiscordPermissions(rawValue: 1 << 16)
    static let mentionEveryone = DiscordPermissions(rawValue: 1 << 17)
    static let useExternalEmojis = DiscordPermissions(rawValue: 1 << 18)
    static let viewGuildInsights = DiscordPermissions(rawValue: 1 << 19)
    static let connect = DiscordPermissions(rawValue: 1 << 20)
    static let speak = DiscordPermissions(rawValue: 1 << 21)
    static let muteMembers = DiscordPermissions(rawValue: 1 << 22)
    static let deafenMembers = DiscordPermissions(rawValue: 1 << 23)
    static let moveMembers = DiscordPermissions(rawValue: 1 << 24)
    static let useVad = DiscordPermissions(rawValue: 1 << 25)
    static let changeNickname = DiscordPermissions(rawValue: 1 << 26)
    static let manageNicknames = DiscordPermissions(rawValue: 1 << 27)
    static let manageRoles = DiscordPermissions(rawValue: 1 << 28)
    static let manageWebhooks = DiscordPermissions(rawValue: 1 << 29)
    static let manageGuildExpressions = DiscordPermissions(rawValue: 1 << 30)
    static let useApplicationCommands = DiscordPermissions(rawValue: 1 << 31)
    static let requestToSpeak = DiscordPermissions(rawValue: 1 << 32)
    static let manageEvents = DiscordPermissions(rawValue: 1 << 33)
    static let manageThreads = DiscordPermissions(rawValue: 1 << 34)
    static let createPublicThreads = DiscordPermissions(rawValue: 1 << 35)
    static let createPrivateThreads = DiscordPermissions(rawValue: 1 << 36)
    static let useExternalStickers = DiscordPermissions(rawValue: 1 << 37)
    static let sendMessagesInThreads = DiscordPermissions(rawValue: 1 << 38)
    static let useEmbeddedActivities = DiscordPermissions(rawValue: 1 << 39)
    static let moderateMembers = DiscordPermissions(rawValue: 1 << 40)
    static let viewCreatorMonetizationAnalytics = DiscordPermissions(rawValue: 1 << 41)
    static let useSoundboard = DiscordPermissions(rawValue: 1 << 42)
    static let createGuildExpressions = DiscordPermissions(rawValue: 1 << 43)
    static let createEvents = DiscordPermissions(rawValue: 1 << 44)
    static let useExternalSounds = DiscordPermissions(rawValue: 1 << 45)
    static let sendVoiceMessages = DiscordPermissions(rawValue: 1 << 46)
    static let setVoiceChannelStatus = DiscordPermissions(rawValue: 1 << 48)
    static let sendPolls = DiscordPermissions(rawValue: 1 << 49)
    static let useExternalApps = DiscordPermissions(rawValue: 1 << 50)
    static let pinMessages = DiscordPermissions(rawValue: 1 << 51)
    static let bypassSlowmode = DiscordPermissions(rawValue: 1 << 52)

    /// Every documented flag with the name people see, in bit order.
    static let named: [(permission: DiscordPermissions, name: String)] = [
        (.createInstantInvite, "Create Instant Invite"),
        (.kickMembers, "Kick Members"),
        (.banMembers, "Ban Members"),
        (.administrator, "Administrator"),
        (.manageChannels, "Manage Channels"),
        (.manageGuild, "Manage Server"),  // MANAGE_GUILD, named as Discord's client shows it
        (.addReactions, "Add Reactions"),
        (.viewAuditLog, "View Audit Log"),
        (.prioritySpeaker, "Priority Speaker"),
        (.stream, "Stream"),
        (.viewChannel, "View Channel"),
        (.sendMessages, "Send Messages"),
        (.sendTTSMessages, "Send TTS Messages"),
        (.manageMessages, "Manage Messages"),
        (.embedLinks, "Embed Links"),
        (.attachFiles, "Attach Files"),
        (.readMessageHistory, "Read Message History"),
        (.mentionEveryone, "Mention Everyone"),
        (.useExternalEmojis, "Use External Emojis"),
        (.viewGuildInsights, "View Guild Insights"),
        (.connect, "Connect"),
        (.speak, "Speak"),
        (.muteMembers, "Mute Members"),
        (.deafenMembers, "Deafen Members"),
        (.moveMembers, "Move Members"),
        (.useVad, "Use Voice Activity"),
        (.changeNickname, "Change Nickname"),
        (.manageNicknames, "Manage Nicknames"),
        (.manageRoles, "Manage Roles"),
        (.manageWebhooks, "Manage Webhooks"),
        (.manageGuildExpressions, "Manage Guild Expressions"),
        (.useApplicationCommands, "Use Application Commands"),
        (.requestToSpeak, "Request To Speak"),
        (.manageEvents, "Manage Events"),
        (.manageThreads, "Manage Threads"),
        (.createPublicThreads, "Create Public Threads"),
        (.createPrivateThreads, "Create Private Threads"),
        (.useExternalStickers, "Use External Stickers"),
        (.sendMessagesInThreads, "Send Messages In Threads"),
        (.useEmbeddedActivities, "Use Embedded Activities"),
        (.moderateMembers, "Moderate Members"),
        (.viewCreatorMonetizationAnalytics, "View Creator Monetization Analytics"),
        (.useSoundboard, "Use Soundboard"),
        (.createGuildExpressions, "Create Guild Expressions"),
        (.createEvents, "Create Events"),
        (.useExternalSounds, "Use External Sounds"),
        (.sendVoiceMessages, "Send Voice Messages"),
        (.setVoiceChannelStatus, "Set Voice Channel Status"),
        (.sendPolls, "Send Polls"),
        (.useExternalApps, "Use External Apps"),
        (.pinMessages, "Pin Messages"),
        (.bypassSlowmode, "Bypass Slowmode"),
    ]

    /// Every documented flag together.
    static let all: DiscordPermissions = named.reduce(into: []) { $0.formUnion($1.permission) }

    /// Human names of the flags in the set, in bit order; bits that no documented flag covers
    /// appear as "Unknown (1 << n)" so nothing is hidden from an operator.
    var names: [String] {
        var result = Self.named.filter { contains($0.permission) }.map(\.name)
        let unknown = rawValue & ~Self.all.rawValue
        for bit in 0..<64 where unknown & (1 << UInt64(bit)) != 0 {
            result.append("Unknown (1 << \(bit))")
        }
        return result
    }

    /// The Discord wire form: a decimal string.
    var description: String { String(rawValue) }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            do { try self.init(parsing: text) } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
            }
        } else {
            self.init(rawValue: try container.decode(UInt64.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

import Shared

extension SandboxWorld {
    /// Permission bits (topics/permissions.mdx) the demo roles are made of.
    private enum Bit {
        static let manageChannels: UInt64 = 1 << 4
        static let manageGuild: UInt64 = 1 << 5
        static let addReactions: UInt64 = 1 << 6
        static let viewChannel: UInt64 = 1 << 10
        static let sendMessages: UInt64 = 1 << 11
        static let manageMessages: UInt64 = 1 << 13
        static let embedLinks: UInt64 = 1 << 14
        static let readMessageHistory: UInt64 = 1 << 16
        static let connect: UInt64 = 1 << 20
        static let speak: UInt64 = 1 << 21
        static let muteMembers: UInt64 = 1 << 22
        static let moveMembers: UInt64 = 1 << 24
        static let manageRoles: UInt64 = 1 << 28
        static let useApplicationCommands: UInt64 = 1 << 31
        static let requestToSpeak: UInt64 = 1 << 32
    }

    /// Ids of the demo world, fixed so docs and tests can name them.
    enum Demo {
        static let applicationID = SandboxSnowflakes.fixed(offset: 1)
        static let botUserID = applicationID
        static let guildID = SandboxSnowflakes.fixed(offset: 10)
        static let generalChannelID = SandboxSnowflakes.fixed(offset: 20)
        static let announcementsChannelID = SandboxSnowflakes.fixed(offset: 21)
        static let signUpChannelID = SandboxSnowflakes.fixed(offset: 22)
        static let stageChannelID = SandboxSnowflakes.fixed(offset: 23)
        static let voiceChannelID = SandboxSnowflakes.fixed(offset: 24)
        static let moderatorRoleID = SandboxSnowflakes.fixed(offset: 30)
        static let memberRoleID = SandboxSnowflakes.fixed(offset: 31)
        static let botRoleID = SandboxSnowflakes.fixed(offset: 32)
        /// The guild's owner.
        static let adaUserID = SandboxSnowflakes.fixed(offset: 40)
        /// A moderator (Manage Guild, Mute Members), not the owner.
        static let benUserID = SandboxSnowflakes.fixed(offset: 41)
        /// A plain member, in the stage's audience with a raised hand.
        static let cleoUserID = SandboxSnowflakes.fixed(offset: 42)
        static let token = SandboxDefaults.token
    }

    /// The default world: the "Odyssey" application with token `sandbox-token`, and one guild
    /// "Odyssey Sandbox" with #general, #announcements, #sign-up, a Stage and a Voice channel,
    /// roles @everyone, Member, the bot's own Odyssey role and Moderator (highest), and four
    /// members: ada (owner), ben (moderator), cleo (in the stage audience) and the bot.
    static func demo(clock: any RateLimitClock = SystemRateLimitClock()) -> SandboxWorld {
        let joined = "2024-01-01T00:00:00.000000+00:00"
        let bot = SandboxUser(id: Demo.botUserID, username: "Odyssey", globalName: nil, bot: true)
        let ada = SandboxUser(id: Demo.adaUserID, username: "ada", globalName: "Ada")
        let ben = SandboxUser(id: Demo.benUserID, username: "ben", globalName: "Ben")
        let cleo = SandboxUser(id: Demo.cleoUserID, username: "cleo", globalName: "Cleo")
        let everyone = Bit.viewChannel | Bit.sendMessages | Bit.readMessageHistory | Bit.addReactions | Bit.embedLinks
            | Bit.connect | Bit.speak | Bit.useApplicationCommands | Bit.requestToSpeak
        let guild = SandboxGuild(
            id: Demo.guildID, name: "Odyssey Sandbox", ownerID: Demo.adaUserID,
            channels: [
                SandboxChannel(id: Demo.generalChannelID, guildID: Demo.guildID, name: "general", type: SandboxChannel.text, position: 0,
                               topic: "Say hello to the bot"),
                SandboxChannel(id: Demo.announcementsChannelID, guildID: Demo.guildID, name: "announcements", type: SandboxChannel.text,
                               position: 1, topic: "Season news"),
                SandboxChannel(id: Demo.signUpChannelID, guildID: Demo.guildID, name: "sign-up", type: SandboxChannel.text, position: 2,
                               topic: "Join the next season"),
                SandboxChannel(id: Demo.stageChannelID, guildID: Demo.guildID, name: "Stage", type: SandboxChannel.stage, position: 3),
                SandboxChannel(id: Demo.voiceChannelID, guildID: Demo.guildID, name: "Voice", type: SandboxChannel.voice, position: 4),
            ],
            roles: [
                SandboxRole(id: Demo.guildID, name: "@everyone", position: 0, permissions: everyone),
                SandboxRole(id: Demo.memberRoleID, name: "Member", position: 1, permissions: 0, color: 0x3498DB),
                SandboxRole(id: Demo.botRoleID, name: "Odyssey", position: 2,
                            permissions: everyone | Bit.manageChannels | Bit.manageRoles | Bit.manageMessages | Bit.muteMembers | Bit.moveMembers,
                            managed: true),
                SandboxRole(id: Demo.moderatorRoleID, name: "Moderator", position: 3, permissions: Bit.manageGuild | Bit.muteMembers,
                            color: 0xE67E22),
            ],
            members: [
                SandboxMember(user: ada, nick: nil, roles: [Demo.memberRoleID], joinedAt: joined),
                SandboxMember(user: ben, nick: nil, roles: [Demo.moderatorRoleID, Demo.memberRoleID], joinedAt: joined),
                SandboxMember(user: cleo, nick: "Cleo the Bold", roles: [Demo.memberRoleID], joinedAt: joined),
                SandboxMember(user: bot, nick: nil, roles: [Demo.botRoleID], joinedAt: joined),
            ],
            voiceStates: [
                SandboxVoiceState(userID: Demo.cleoUserID, channelID: Demo.stageChannelID, suppress: true,
                                  requestToSpeakTimestamp: "2024-01-01T00:05:00.000000+00:00"),
            ]
        )
        let application = SandboxApplication(id: Demo.applicationID, name: "Odyssey", bot: bot, token: Demo.token)
        return SandboxWorld(application: application, guilds: [guild], clock: clock)
    }

    /// The world for people: `GET /sandbox/v1/world`.
    func report() -> SandboxWorldReport {
        let guildReports = guilds.map { guild in
            SandboxWorldReport.Guild(
                id: String(guild.id), name: guild.name,
                channels: guild.channels.map { .init(id: String($0.id), name: $0.name, type: $0.type) },
                roles: guild.roles.sorted { $0.position > $1.position }
                    .map { .init(id: String($0.id), name: $0.name, position: $0.position, permissions: String($0.permissions)) },
                members: guild.members.map { member in
                    let roles = member.roles.compactMap(guild.role).sorted { $0.position > $1.position }.map(\.name)
                    let voice = guild.voiceStates.first { $0.userID == member.user.id }.map { String($0.channelID) }
                    return .init(userId: String(member.user.id), username: member.user.username, globalName: member.user.globalName,
                                 bot: member.user.bot, roles: roles, voiceChannelId: voice)
                }
            )
        }
        let commands = (globalCommands + guildCommands.keys.sorted().flatMap { guildCommands[$0] ?? [] }).map { command in
            SandboxWorldReport.Command(id: String(command.id), name: command.name,
                                       description: command.definition["description"]?.stringValue ?? "",
                                       guildId: command.guildID.map(String.init), usages: Self.usages(of: command))
        }
        return SandboxWorldReport(
            application: .init(id: String(application.id), name: application.name, botUserId: String(application.bot.id),
                               botUsername: application.bot.username),
            guilds: guildReports, commands: commands)
    }
}

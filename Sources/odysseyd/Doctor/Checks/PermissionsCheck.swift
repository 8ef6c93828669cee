/// `permissions`: in every guild (``DoctorGuilds``) the bot has what each enabled feature needs
/// (``FeatureCatalog``'s `botPermissions`), in the guild and in each configured channel
/// (overwrites applied), and its highest role is above every role it must grant (mileage tiers).
///
/// ```swift
/// let check = PermissionsCheck(rest: rest, database: pool, features: FeatureFlags(database: pool),
///                              guilds: DoctorGuilds(database: pool, connected: { [] }), schemaReady: { true })
/// let result = await check.run()
/// ```
struct PermissionsCheck: DoctorCheck {
    let rest: DiscordRESTClient?
    let database: any PostgresQuerying
    let features: any DoctorFeatureSource
    let guilds: DoctorGuilds
    let schemaReady: @Sendable () async -> Bool
    let name = "permissions"
    let title = "Bot permissions"
    let summary = "per guild and configured channel: the permissions enabled features need, and role hierarchy for tier roles"

    /// The part of a guild object this check reads.
    private struct GuildHead: Decodable {
        var id: Snowflake
        var ownerID: Snowflake?
        enum CodingKeys: String, CodingKey {
            case id
            case ownerID = "owner_id"
        }
    }

    func run() async -> DoctorResult {
        guard let rest else { return .warning("not checked: DISCORD_TOKEN is not set", fix: "Set DISCORD_TOKEN and restart odysseyd") }
        guard await schemaReady() else { return .schemaNotReady }
        do {
            let bot: User = try await rest.send(DiscordRoute(.get, "/users/@me"))
            let guildIDs = try await guilds.all()
            guard !guildIDs.isEmpty else {
                return .warning("no guild to check: the gateway reported none and no guild has settings",
                                fix: "Invite the bot (`odysseyctl invite`) and wait for the gateway to connect")
            }
            var findings: [DoctorFinding] = []
            for guild in guildIDs {
                findings += await check(guild: guild, bot: bot.id, rest: rest)
            }
            return .combine(findings, ok: "\(guildIDs.count) guild(s): the bot has what the enabled features need",
                            fix: "Give the bot's role the missing permissions (Server Settings → Roles, and the channel's "
                                + "Permissions tab for channel overwrites), drag it above the roles it grants, "
                                + "or re-invite it with `odysseyctl invite`")
        } catch {
            return .error(error, doing: "read the bot's permissions from Discord")
        }
    }

    private func check(guild: Snowflake, bot: Snowflake, rest: DiscordRESTClient) async -> [DoctorFinding] {
        let ids = ["guild.id": guild.description]
        let head: GuildHead, roles: [Role], channels: [DiscordChannel]
        let member: GuildMember?
        do {
            head = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}", ids))
            roles = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}/roles", ids))
            channels = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}/channels", ids))
            member = try await rest.guildMember(guild: guild, user: bot)
        } catch let error as DiscordAPIError where error.status == 403 || error.status == 404 {
            return [.failure("guild \(guild): the bot cannot see it (\(error.status)); it was removed or never invited")]
        } catch {
            return [.failure("guild \(guild): \(error)")]
        }
        guard let member else { return [.failure("guild \(guild): the bot is not a member")] }
        let enabled: Set<String>
        let stage: (signUp: Snowflake?, stage: Snowflake?, announce: Snowflake?)?
        let tierRoles: [Snowflake]
        do {
            enabled = try await features.enabledFeatures(in: guild)
            stage = try await database.query(
                "SELECT sign_up_channel_id, stage_channel_id, announce_channel_id FROM stage_queue_settings WHERE guild_id = $1", [guild]
            ).first.map { (try $0.decode(column: "sign_up_channel_id"), try $0.decode(column: "stage_channel_id"),
                           try $0.decode(column: "announce_channel_id")) }
            tierRoles = try await database.query("SELECT role_id FROM mileage_tiers WHERE guild_id = $1 ORDER BY threshold", [guild])
                .rows.map { try $0.decode(Snowflake.self, column: "role_id") }
        } catch {
            return [.failure("guild \(guild): cannot read its settings: \(error)")]
        }
        let math = PermissionCalculator(guildID: guild, ownerID: head.ownerID, roles: roles)
        let base = math.base(userID: bot, roleIDs: member.roles)
        let needed = [FeatureCatalog.core] + FeatureCatalog.all.filter { enabled.contains($0.name) }
        var findings: [DoctorFinding] = []

        // Guild-wide: what each enabled feature needs somewhere, so the bot's role must carry it.
        let missing = Self.missing(base, for: needed)
        if !missing.isEmpty {
            findings.append(.failure("guild \(guild): the bot's roles lack \(missing.joined(separator: "; "))"))
        }

        // Configured channels: overwrites can take away what the role grants.
        if enabled.contains("stage_queue"), let stage {
            let queuePosting = FeatureCatalog.posting
            let channelNeeds: [(Snowflake?, String, DiscordPermissions)] = [
                (stage.signUp, "sign-up channel", queuePosting),
                (stage.announce, "announce channel", queuePosting),
                (stage.stage, "stage channel", [.viewChannel, .connect, .muteMembers]),
            ]
            for case let (channelID?, label, permissions) in channelNeeds {
                guard let channel = channels.first(where: { $0.id == channelID }) else {
                    findings.append(.failure("guild \(guild): the stage_queue \(label) \(channelID) no longer exists"))
                    continue
                }
                let inChannel = math.channel(base: base, userID: bot, roleIDs: member.roles, overwrites: channel.permissionOverwrites ?? [])
                let lacking = permissions.subtracting(inChannel)
                if !lacking.isEmpty {
                    findings.append(.failure("guild \(guild): in #\(channel.name ?? channelID.description) (stage_queue \(label)) "
                                             + "the bot lacks \(lacking.names.joined(separator: ", "))"))
                }
            }
        }

        // Roles it must grant: below its highest role, not managed by an integration.
        if enabled.contains("mileage"), !tierRoles.isEmpty {
            let highest = math.highestPosition(roleIDs: member.roles)
            for roleID in tierRoles {
                guard let role = roles.first(where: { $0.id == roleID }) else {
                    findings.append(.failure("guild \(guild): mileage tier role \(roleID) no longer exists"))
                    continue
                }
                if role.managed == true {
                    findings.append(.failure("guild \(guild): mileage tier role \(role.name) is managed by an integration; nobody can grant it"))
                } else if head.ownerID != bot, (role.position ?? 0) >= highest {
                    // Hierarchy binds administrators too; only the owner is above it.
                    findings.append(.failure("guild \(guild): mileage tier role \(role.name) (position \(role.position ?? 0)) is not below "
                                             + "the bot's highest role (position \(highest)): move the bot's role above it"))
                }
            }
        }
        if findings.isEmpty {
            findings.append(.note("guild \(guild): \(needed.count - 1) enabled feature(s) covered"))
        }
        return findings
    }

    /// "Manage Roles (mileage, faceit)" per permission that `granted` lacks.
    static func missing(_ granted: DiscordPermissions, for features: [FeatureCatalog.Feature]) -> [String] {
        DiscordPermissions.named.compactMap { entry in
            guard !granted.contains(entry.permission) else { return nil }
            let who = features.filter { $0.botPermissions.contains(entry.permission) }.map(\.name)
            return who.isEmpty ? nil : "\(entry.name) (\(who.joined(separator: ", ")))"
        }
    }
}

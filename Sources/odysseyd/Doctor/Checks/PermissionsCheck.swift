/// `permissions`: in every guild (``DoctorGuilds``) the bot has what each enabled feature needs
/// (``FeatureCatalog``'s `botPermissions`), in the guild and in each configured channel
/// (overwrites applied), and its highest role is above every role it must grant (mileage tiers).
///
/// ```swift
/// let check = PermissionsCheck(rest: rest, database: pool, features: FeatureFlags(database: pool),
///                              guilds: DoctorGuilds(database: pool, connected: { [] }), schemaReady: { true })
/// let result = await check.run(in: .ru)
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

    func run(in language: Language) async -> DoctorResult {
        let say = DoctorText(language)
        guard let rest else { return .warning(say(K.permissionsNoToken), fix: say(K.setTokenFix)) }
        guard await schemaReady() else { return .schemaNotReady(in: language) }
        do {
            let bot: User = try await rest.send(DiscordRoute(.get, "/users/@me"))
            let guildIDs = try await guilds.all()
            guard !guildIDs.isEmpty else { return .warning(say(K.permissionsNoGuild), fix: say(K.permissionsNoGuildFix)) }
            var findings: [DoctorFinding] = []
            for guild in guildIDs {
                findings += await check(guild: guild, bot: bot.id, rest: rest, say: say)
            }
            return .combine(findings, ok: say(K.permissionsOK, ["guilds": say.plural(K.permissionsGuilds, guildIDs.count)]),
                            fix: say(K.permissionsFix), in: language)
        } catch {
            return .error(error, doing: say(K.permissionsAction), in: language)
        }
    }

    private typealias K = MessageKeys.DoctorChecks

    private func check(guild: Snowflake, bot: Snowflake, rest: DiscordRESTClient, say: DoctorText) async -> [DoctorFinding] {
        let ids = ["guild.id": guild.description]
        // Every finding names its guild; `values` fills the rest of the sentence.
        func finding(_ key: String, _ values: [String: String] = [:]) -> DoctorFinding {
            .failure(say(key, values.merging(["guild": guild.description]) { own, _ in own }))
        }
        let head: GuildHead, roles: [Role], channels: [DiscordChannel]
        let member: GuildMember?
        do {
            head = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}", ids))
            roles = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}/roles", ids))
            channels = try await rest.send(DiscordRoute(.get, "/guilds/{guild.id}/channels", ids))
            member = try await rest.guildMember(guild: guild, user: bot)
        } catch let error as DiscordAPIError where error.status == 403 || error.status == 404 {
            return [finding(K.permissionsUnseen, ["status": "\(error.status)"])]
        } catch {
            return [finding(K.permissionsGuildError, ["error": "\(error)"])]
        }
        guard let member else { return [finding(K.permissionsNotMember)] }
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
            return [finding(K.permissionsSettingsError, ["error": "\(error)"])]
        }
        let math = PermissionCalculator(guildID: guild, ownerID: head.ownerID, roles: roles)
        let base = math.base(userID: bot, roleIDs: member.roles)
        let needed = [FeatureCatalog.core] + FeatureCatalog.all.filter { enabled.contains($0.name) }
        var findings: [DoctorFinding] = []

        // Guild-wide: what each enabled feature needs somewhere, so the bot's role must carry it.
        let missing = Self.missing(base, for: needed, in: say.language)
        if !missing.isEmpty {
            findings.append(finding(K.permissionsRolesLack, ["permissions": missing.joined(separator: "; ")]))
        }

        // Configured channels: overwrites can take away what the role grants.
        if enabled.contains("stage_queue"), let stage {
            let queuePosting = FeatureCatalog.posting
            let channelNeeds: [(Snowflake?, String, DiscordPermissions)] = [
                (stage.signUp, say(K.permissionsSignUpChannel), queuePosting),
                (stage.announce, say(K.permissionsAnnounceChannel), queuePosting),
                (stage.stage, say(K.permissionsStageChannel), [.viewChannel, .connect, .muteMembers]),
            ]
            for case let (channelID?, label, permissions) in channelNeeds {
                guard let channel = channels.first(where: { $0.id == channelID }) else {
                    findings.append(finding(K.permissionsChannelGone, ["channel": label, "id": channelID.description]))
                    continue
                }
                let inChannel = math.channel(base: base, userID: bot, roleIDs: member.roles, overwrites: channel.permissionOverwrites ?? [])
                let lacking = permissions.subtracting(inChannel)
                if !lacking.isEmpty {
                    findings.append(finding(K.permissionsChannelLacks, ["name": channel.name ?? channelID.description, "channel": label,
                                                                        "permissions": lacking.names(in: say.language).joined(separator: ", ")]))
                }
            }
        }

        // Roles it must grant: below its highest role, not managed by an integration.
        if enabled.contains("mileage"), !tierRoles.isEmpty {
            let highest = math.highestPosition(roleIDs: member.roles)
            for roleID in tierRoles {
                guard let role = roles.first(where: { $0.id == roleID }) else {
                    findings.append(finding(K.permissionsTierGone, ["role": roleID.description]))
                    continue
                }
                if role.managed == true {
                    findings.append(finding(K.permissionsTierManaged, ["role": role.name]))
                } else if head.ownerID != bot, (role.position ?? 0) >= highest {
                    // Hierarchy binds administrators too; only the owner is above it.
                    findings.append(finding(K.permissionsTierAbove, ["role": role.name, "position": "\(role.position ?? 0)",
                                                                     "highest": "\(highest)"]))
                }
            }
        }
        if findings.isEmpty {
            findings.append(.note(say(K.permissionsCovered, ["guild": guild.description,
                                                             "features": say.plural(K.permissionsFeatures, needed.count - 1)])))
        }
        return findings
    }

    /// "Manage Roles (mileage, faceit)" per permission that `granted` lacks.
    static func missing(_ granted: DiscordPermissions, for features: [FeatureCatalog.Feature],
                        in language: Language = .en) -> [String] {
        DiscordPermissions.named.compactMap { entry in
            guard !granted.contains(entry.permission) else { return nil }
            let who = features.filter { $0.botPermissions.contains(entry.permission) }.map(\.name)
            let name = entry.permission.names(in: language).first ?? entry.name
            return who.isEmpty ? nil : "\(name) (\(who.joined(separator: ", ")))"
        }
    }
}

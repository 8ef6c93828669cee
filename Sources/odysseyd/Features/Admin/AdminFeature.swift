import Foundation
import Shared

/// `/admin`: what the operations seed gives a server's admins in Discord — status, doctor,
/// feature switches for this server, its settings (``GuildSettingsStore/Key``), and the recurring
/// schedules. It needs Manage Server or the server's `admin_role` (Discord hides it from members
/// without Manage Server; ``AdminAccess`` decides); every change goes to the audit trail with the
/// member's id.
///
/// ```swift
/// let admin = AdminFeature(flags: FeatureFlags(database: pool), pool: pool, settings: GuildSettingsStore(pool: pool),
///                          scheduler: Scheduler(queue: queue, logger: logger), health: health,
///                          queues: JobInspector(queue: queue), doctor: { await doctor.value.run(in: $0) })
/// ```
struct AdminFeature: FeatureModule {
    static let permission: DiscordPermissions = AdminAccess.permission

    let name = FeatureCatalog.core.name
    let flags: FeatureFlags
    let pool: PostgresPool
    let settings: GuildSettingsStore
    let scheduler: Scheduler
    let health: DaemonHealth
    let queues: JobInspector
    /// Runs the daemon's doctor with its findings in the given language (the server's).
    let doctor: @Sendable (Language) async -> DoctorReport
    var now: @Sendable () -> Date = { Date() }
    /// The responder's resolver, told when the locale changes so its cache does not lag behind.
    var languages: LanguageResolver? = nil

    var commands: [ApplicationCommandDefinition] { [AdminCommandDefinition.admin] }

    func register(on router: inout InteractionRouter) {
        // No requiredPermissions: the router knows only permissions, and the admin role must get in too.
        let options = InteractionHandlerOptions(feature: name, guildOnly: true, ephemeral: true)
        let access = AdminAccess(settings: settings)
        func command(_ path: [String], _ handler: @escaping InteractionHandler) {
            router.command(["admin"] + path, options: options) { context in
                try await access.allows(context) ? try await handler(context) : AdminAccess.refusal(in: context.language)
            }
        }
        command(["status"]) { context in try await status(in: context.language) }
        command(["doctor"]) { context in
            .message(DoctorMessage.payload(for: await doctor(context.language), in: context.language), ephemeral: true)
        }
        command(["feature", "set"]) { context in
            guard let name = context.string("name"), let state = context.string("state") else {
                return .ephemeral(context.text(MessageKeys.Admin.featureUsage))
            }
            return try await switchFeatures([name], on: state == "on", context: context)
        }
        command(["feature", "enable-all"]) { context in try await switchFeatures(nil, on: true, context: context) }
        command(["feature", "disable-all"]) { context in try await switchFeatures(nil, on: false, context: context) }
        command(["config", "get"]) { context in
            guard let guild = context.guildID, let key = context.string("key").flatMap(GuildSettingsStore.Key.init(rawValue:)) else {
                return .ephemeral(context.text(MessageKeys.Admin.configGetUsage,
                                               ["keys": GuildSettingsStore.Key.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            let value = try await settings.value(of: key, guild: guild)
            return .ephemeral(context.text(MessageKeys.Admin.configValue, [
                "key": key.rawValue, "value": value.map(DiscordMarkdown.code) ?? context.text(MessageKeys.Admin.configDefaultApplies),
            ]))
        }
        command(["config", "set"]) { context in
            guard let guild = context.guildID, let user = context.user,
                  let key = context.string("key").flatMap(GuildSettingsStore.Key.init(rawValue:)), let value = context.string("value") else {
                return .ephemeral(context.text(MessageKeys.Admin.configSetUsage))
            }
            do {
                let change = try await settings.set(key, to: value, guild: guild, by: .member(user.id), at: now())
                if key == .locale { await languages?.forget(guild) }
                // A new locale answers in itself: the admin sees at once what members will read.
                let language = key == .locale ? Language(setting: change.after) : context.language
                return .ephemeral(Localizer.text(MessageKeys.Admin.configChanged, [
                    "key": key.rawValue, "before": AdminSettingText.value(change.before, in: language),
                    "after": AdminSettingText.value(change.after, in: language),
                ], in: language))
            } catch is GuildSettingsStore.InvalidValue {
                return .ephemeral(AdminSettingText.invalid(key, value: value, in: context.language))
            }
        }
        command(["schedule"]) { context in
            guard let user = context.user, let name = context.string("name"), let state = context.string("state") else {
                return .ephemeral(context.text(MessageKeys.Admin.scheduleUsage))
            }
            return try await switchSchedule(name, on: state == "on", by: .member(user.id), context: context)
        }
        router.autocomplete(["admin", "schedule"], options: options) { context in
            // Autocomplete cannot carry a refusal text: an outsider gets no choices.
            guard try await access.allows(context) else { return .autocomplete([]) }
            let typed = context.typedText.lowercased()
            return .autocomplete(try await scheduler.summaries().map(\.name).filter { typed.isEmpty || $0.contains(typed) }
                .prefix(RequestLimits.autocompleteChoiceCount).map { CommandChoice(name: $0, value: .string($0)) })
        }
    }

    /// The health values (ok, fail, ready) stay as `/healthz` spells them, as in `/about`: operators grep for them.
    private func status(in language: Language) async throws -> InteractionReply {
        let report = await health.healthReport
        let queues = try await queues.queues()
        let waiting = queues.reduce(0) { $0 + $1.waiting + $1.delayed + $1.retrying }
        let failed = queues.reduce(0) { $0 + $1.failed }
        let busiest = queues.filter { $0.waiting + $0.retrying > 0 }.sorted { $0.waiting + $0.retrying > $1.waiting + $1.retrying }.prefix(5)
            .map { Localizer.text(MessageKeys.Admin.statusQueueLine,
                                  ["queue": $0.name, "waiting": String($0.waiting), "retrying": String($0.retrying)], in: language) }
        func text(_ key: String) -> String { Localizer.text(key, in: language) }
        let embed = Embed(
            title: Localizer.text(MessageKeys.Admin.statusTitle, [
                "version": report.version, "state": text(report.ok ? MessageKeys.Admin.statusHealthy : MessageKeys.Admin.statusDegraded),
            ], in: language),
            description: busiest.isEmpty ? text(MessageKeys.Admin.statusNoJobs) : busiest.joined(separator: "\n"),
            color: report.ok ? 0x2ECC71 : 0xE67E22,
            fields: [
                EmbedField(name: text(MessageKeys.Core.aboutUptime), value: CoreFeature.uptimeText(seconds: report.uptime, in: language),
                           inline: true),
                EmbedField(name: text(MessageKeys.Core.aboutDatabase), value: report.db, inline: true),
                EmbedField(name: text(MessageKeys.Core.aboutGateway), value: report.discord, inline: true),
                EmbedField(name: text(MessageKeys.Core.aboutJobs), value: report.boss, inline: true),
                EmbedField(name: text(MessageKeys.Admin.statusQueued), value: String(waiting), inline: true),
                EmbedField(name: text(MessageKeys.Admin.statusFailed), value: String(failed), inline: true),
            ])
        return .message(MessagePayload(embeds: [embed]), ephemeral: true)
    }

    private func switchFeatures(_ names: [String]?, on enabled: Bool, context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let user = context.user else { return context.guildOnly }
        do {
            let changed = try await flags.set(names, enabled: enabled, guild: guild, by: .member(user.id), at: now(), pool: pool)
            guard !changed.isEmpty else {
                guard let names else {
                    return .ephemeral(context.text(enabled ? MessageKeys.Admin.featureAllUnchangedOn : MessageKeys.Admin.featureAllUnchangedOff))
                }
                return .ephemeral(context.text(enabled ? MessageKeys.Admin.featureUnchangedOn : MessageKeys.Admin.featureUnchangedOff,
                                               ["features": names.joined(separator: ", ")]))
            }
            return .ephemeral(context.text(enabled ? MessageKeys.Admin.featureSwitchedOn : MessageKeys.Admin.featureSwitchedOff,
                                           ["features": changed.joined(separator: ", ")]))
        } catch let error as UnknownFeature {
            return .ephemeral(context.text(MessageKeys.Admin.featureUnknown, [
                "name": DiscordMarkdown.code(error.name), "features": FeatureCatalog.all.map(\.name).joined(separator: ", "),
            ]))
        }
    }

    private func switchSchedule(_ name: String, on enabled: Bool, by actor: AdminActor, context: InteractionContext) async throws -> InteractionReply {
        let unknown = InteractionReply.ephemeral(context.text(MessageKeys.Admin.scheduleUnknown, ["name": DiscordMarkdown.code(name)]))
        guard let before = try await scheduler.summaries().first(where: { $0.name == name }) else { return unknown }
        guard let after = try await scheduler.setEnabled(name, enabled) else { return unknown }
        if before.enabled != after.enabled {
            try await AdminAudit.record(action: enabled ? "schedule.enable" : "schedule.disable", target: name, before: .bool(before.enabled),
                                        after: .bool(after.enabled), guild: context.guildID, by: actor, at: now(), on: pool)
        }
        return .ephemeral(context.text(enabled ? MessageKeys.Admin.scheduleSwitchedOn : MessageKeys.Admin.scheduleSwitchedOff,
                                       ["name": DiscordMarkdown.code(name)]))
    }
}

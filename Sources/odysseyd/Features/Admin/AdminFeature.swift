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
///                          queues: JobInspector(queue: queue), doctor: { await doctor.value.run() })
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
    let doctor: @Sendable () async -> DoctorReport
    var now: @Sendable () -> Date = { Date() }

    var commands: [ApplicationCommandDefinition] { [AdminCommandDefinition.admin] }

    func register(on router: inout InteractionRouter) {
        // No requiredPermissions: the router knows only permissions, and the admin role must get in too.
        let options = InteractionHandlerOptions(feature: name, guildOnly: true, ephemeral: true)
        let access = AdminAccess(settings: settings)
        func command(_ path: [String], _ handler: @escaping InteractionHandler) {
            router.command(["admin"] + path, options: options) { context in
                try await access.allows(context) ? try await handler(context) : AdminAccess.refusal
            }
        }
        command(["status"]) { _ in try await status() }
        command(["doctor"]) { _ in .message(DoctorMessage.payload(for: await doctor()), ephemeral: true) }
        command(["feature", "set"]) { context in
            guard let name = context.string("name"), let state = context.string("state") else { return .ephemeral("Name a feature and on or off.") }
            return try await switchFeatures([name], on: state == "on", context: context)
        }
        command(["feature", "enable-all"]) { context in try await switchFeatures(nil, on: true, context: context) }
        command(["feature", "disable-all"]) { context in try await switchFeatures(nil, on: false, context: context) }
        command(["config", "get"]) { context in
            guard let guild = context.guildID, let key = context.string("key").flatMap(GuildSettingsStore.Key.init(rawValue:)) else {
                return .ephemeral("Name a setting: \(GuildSettingsStore.Key.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let value = try await settings.value(of: key, guild: guild)
            return .ephemeral("`\(key.rawValue)` is \(value.map(DiscordMarkdown.code) ?? "not set (the server default applies)").")
        }
        command(["config", "set"]) { context in
            guard let guild = context.guildID, let user = context.user,
                  let key = context.string("key").flatMap(GuildSettingsStore.Key.init(rawValue:)), let value = context.string("value") else {
                return .ephemeral("Name a setting and its value.")
            }
            do {
                let change = try await settings.set(key, to: value, guild: guild, by: .member(user.id), at: now())
                return .ephemeral("`\(key.rawValue)`: \(change.before.map(DiscordMarkdown.code) ?? "not set") → \(change.after.map(DiscordMarkdown.code) ?? "not set").")
            } catch let error as GuildSettingsStore.InvalidValue {
                return .ephemeral("Not changed: \(error.description).")
            }
        }
        command(["schedule"]) { context in
            guard let user = context.user, let name = context.string("name"), let state = context.string("state") else {
                return .ephemeral("Name a schedule and on or off.")
            }
            return try await switchSchedule(name, on: state == "on", by: .member(user.id), guild: context.guildID)
        }
        router.autocomplete(["admin", "schedule"], options: options) { context in
            // Autocomplete cannot carry a refusal text: an outsider gets no choices.
            guard try await access.allows(context) else { return .autocomplete([]) }
            let typed = context.typedText.lowercased()
            return .autocomplete(try await scheduler.summaries().map(\.name).filter { typed.isEmpty || $0.contains(typed) }
                .prefix(RequestLimits.autocompleteChoiceCount).map { CommandChoice(name: $0, value: .string($0)) })
        }
    }

    private func status() async throws -> InteractionReply {
        let report = await health.healthReport
        let queues = try await queues.queues()
        let waiting = queues.reduce(0) { $0 + $1.waiting + $1.delayed + $1.retrying }
        let failed = queues.reduce(0) { $0 + $1.failed }
        let busiest = queues.filter { $0.waiting + $0.retrying > 0 }.sorted { $0.waiting + $0.retrying > $1.waiting + $1.retrying }.prefix(5)
            .map { "`\($0.name)` \($0.waiting) waiting, \($0.retrying) retrying" }
        let embed = Embed(
            title: "Odyssey \(report.version) — \(report.ok ? "healthy" : "degraded")",
            description: busiest.isEmpty ? "No jobs waiting." : busiest.joined(separator: "\n"),
            color: report.ok ? 0x2ECC71 : 0xE67E22,
            fields: [
                EmbedField(name: "Uptime", value: CoreFeature.uptimeText(seconds: report.uptime), inline: true),
                EmbedField(name: "Database", value: report.db, inline: true),
                EmbedField(name: "Gateway", value: report.discord, inline: true),
                EmbedField(name: "Jobs", value: report.boss, inline: true),
                EmbedField(name: "Queued", value: String(waiting), inline: true),
                EmbedField(name: "Failed (dead letter)", value: String(failed), inline: true),
            ])
        return .message(MessagePayload(embeds: [embed]), ephemeral: true)
    }

    private func switchFeatures(_ names: [String]?, on enabled: Bool, context: InteractionContext) async throws -> InteractionReply {
        guard let guild = context.guildID, let user = context.user else { return .ephemeral(InteractionRouter.guildOnlyText) }
        do {
            let changed = try await flags.set(names, enabled: enabled, guild: guild, by: .member(user.id), at: now(), pool: pool)
            let state = enabled ? "on" : "off"
            guard !changed.isEmpty else { return .ephemeral("Nothing changed: \(names?.joined(separator: ", ") ?? "every feature") was already \(state) here.") }
            return .ephemeral("Switched \(state) in this server: \(changed.joined(separator: ", ")).")
        } catch let error as UnknownFeature {
            return .ephemeral("Not changed: \(error.description).")
        }
    }

    private func switchSchedule(_ name: String, on enabled: Bool, by actor: AdminActor, guild: Snowflake?) async throws -> InteractionReply {
        let before = try await scheduler.summaries().first { $0.name == name }
        guard let before else { return .ephemeral("There is no schedule called \(DiscordMarkdown.code(name)).") }
        guard let after = try await scheduler.setEnabled(name, enabled) else { return .ephemeral("There is no schedule called \(DiscordMarkdown.code(name)).") }
        if before.enabled != after.enabled {
            try await AdminAudit.record(action: enabled ? "schedule.enable" : "schedule.disable", target: name, before: .bool(before.enabled),
                                        after: .bool(after.enabled), guild: guild, by: actor, at: now(), on: pool)
        }
        return .ephemeral("Schedule \(DiscordMarkdown.code(name)) is \(enabled ? "on" : "off") (for every server this bot runs).")
    }
}

import Foundation
import Shared

/// `/stats [days]`: which slash commands this server used over the last days, and by how many
/// members. Part of core (always on); guild only, and ephemeral, since it is for whoever asks.
///
/// ```swift
/// let stats = StatsFeature(store: CommandUsageStore(database: pool))
/// var router = InteractionRouter()
/// stats.register(on: &router)
/// ```
struct StatsFeature: FeatureModule {
    let name = FeatureCatalog.core.name
    let store: CommandUsageStore
    let now: @Sendable () -> Date

    static let defaultDays = 7
    static let dayRange = 1...90
    /// Lines in the embed; the rest are summed up in one line, so the reply stays well inside the
    /// 4096-character description limit.
    static let shownCommands = 20

    init(store: CommandUsageStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    var commands: [ApplicationCommandDefinition] {
        [
            ApplicationCommandDefinition(name: "stats", description: "Which commands this server used lately", options: [
                ApplicationCommandOption(type: .integer, name: "days", description: "How many days back (default 7)",
                                         minValue: .integer(Int64(Self.dayRange.lowerBound)),
                                         maxValue: .integer(Int64(Self.dayRange.upperBound))),
            ], contexts: [.guild]),
        ]
    }

    func register(on router: inout InteractionRouter) {
        router.command(["stats"], options: InteractionHandlerOptions(feature: name, guildOnly: true, ephemeral: true)) { [store, now] context in
            // Discord enforces the bounds; clamped anyway for a client that does not.
            let asked = context.integer("days").map(Int.init) ?? Self.defaultDays
            let days = min(max(asked, Self.dayRange.lowerBound), Self.dayRange.upperBound)
            guard let guild = context.guildID else { return .ephemeral(context.text(MessageKeys.Interaction.guildOnly)) }
            let at = now()
            let report = try await store.report(guildID: CommandUsageRecorder.bigint(guild),
                                                since: UsageDay(at.addingTimeInterval(-Double(days) * 86_400)), now: at)
            return .message(MessagePayload(embeds: [Self.embed(for: report, days: days, in: context.language)]), ephemeral: true)
        }
    }

    static func embed(for report: CommandUsageReport, days: Int, in language: Language) -> Embed {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        func count(_ key: String, _ count: Int) -> String { Localizer.plural(key, count, in: language) }
        let title = text(MessageKeys.Stats.title, ["days": count(MessageKeys.Stats.days, days)])
        let since = UsageDay(report.since)
        let footer = EmbedFooter(text: text(MessageKeys.Stats.footer, ["since": "\(since)"]))
        guard report.totalUses > 0 else {
            return Embed(title: title, description: text(MessageKeys.Stats.empty), footer: footer)
        }
        var lines: [String] = []
        for entry in report.commands.prefix(shownCommands) {
            lines.append(text(MessageKeys.Stats.line, ["command": entry.command, "uses": count(MessageKeys.Stats.uses, entry.uses),
                                                       "members": count(MessageKeys.Stats.members, entry.members)]))
        }
        let hidden = report.commands.dropFirst(shownCommands)
        if !hidden.isEmpty {
            lines.append(text(MessageKeys.Stats.more, ["commands": count(MessageKeys.Stats.moreCommands, hidden.count),
                                                       "uses": count(MessageKeys.Stats.uses, hidden.map(\.uses).reduce(0, +))]))
        }
        return Embed(
            title: title,
            description: lines.joined(separator: "\n"),
            fields: [
                EmbedField(name: text(MessageKeys.Stats.usesField), value: String(report.totalUses), inline: true),
                EmbedField(name: text(MessageKeys.Stats.membersField), value: String(report.distinctMembers), inline: true),
                EmbedField(name: text(MessageKeys.Stats.activeDaysField), value: String(report.activeDays), inline: true),
            ],
            footer: footer
        )
    }
}

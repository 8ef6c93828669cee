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
            guard let guild = context.guildID else { return .ephemeral(InteractionRouter.guildOnlyText) }
            let at = now()
            let report = try await store.report(guildID: CommandUsageRecorder.bigint(guild),
                                                since: UsageDay(at.addingTimeInterval(-Double(days) * 86_400)), now: at)
            return .message(MessagePayload(embeds: [Self.embed(for: report, days: days)]), ephemeral: true)
        }
    }

    static func embed(for report: CommandUsageReport, days: Int) -> Embed {
        let title = "Command usage, last \(plural(days, "day"))"
        let since = UsageDay(report.since)
        let footer = EmbedFooter(text: "Counted per UTC day since \(since); the last few seconds may not be in yet.")
        guard report.totalUses > 0 else {
            return Embed(title: title, description: "No commands used here in that time yet. Try `/ping`!", footer: footer)
        }
        var lines: [String] = []
        for entry in report.commands.prefix(shownCommands) {
            lines.append("`/\(entry.command)`: \(plural(entry.uses, "use")), \(plural(entry.members, "member"))")
        }
        let hidden = report.commands.dropFirst(shownCommands)
        if !hidden.isEmpty {
            lines.append("…and \(plural(hidden.count, "more command")) with \(plural(hidden.map(\.uses).reduce(0, +), "use"))")
        }
        return Embed(
            title: title,
            description: lines.joined(separator: "\n"),
            fields: [
                EmbedField(name: "Uses", value: String(report.totalUses), inline: true),
                EmbedField(name: "Members", value: String(report.distinctMembers), inline: true),
                EmbedField(name: "Active days", value: String(report.activeDays), inline: true),
            ],
            footer: footer
        )
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

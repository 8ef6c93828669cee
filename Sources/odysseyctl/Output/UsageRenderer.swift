import Foundation
import Shared

/// `odysseyctl stats` as text: the period and totals, then one line per command, most used first.
///
/// ```swift
/// print(UsageRenderer.text(for: report))
/// // scope        guild 500
/// // since        2027-01-08 (UTC)
/// // uses         12
/// // members      4
/// // active days  3
/// //
/// // COMMAND    USES  MEMBERS
/// // roll dice  9     3
/// // ping       3     2
/// ```
enum UsageRenderer {
    static func text(for report: CommandUsageReport) -> String {
        var list = KeyValueList()
        list.append("scope", scope(report.guildId))
        // Usage is kept per UTC day, so the period starts at a UTC midnight: a date says it exactly.
        list.append("since", "\(utcDate(report.since)) (UTC)")
        list.append("uses", String(report.totalUses))
        list.append("members", String(report.distinctMembers))
        list.append("active days", String(report.activeDays))
        guard !report.commands.isEmpty else {
            return list.render() + "\n\nNo commands used in this period."
        }
        var table = TextTable(columns: ["COMMAND", "USES", "MEMBERS"])
        for entry in report.commands {
            table.append([CellText.oneLine(entry.command, limit: 60), String(entry.uses), String(entry.members)])
        }
        return list.render() + "\n\n" + table.render()
    }

    static func scope(_ guildID: String?) -> String {
        switch guildID {
        case nil: "all guilds and DMs"
        case "0": "direct messages"
        case let id?: "guild \(id)"
        }
    }

    static func utcDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}

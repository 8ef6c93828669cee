import Shared

/// `odysseyctl sandbox world` as text: each guild's channels, members and roles, then the
/// deployed commands with how to call them.
///
/// ```swift
/// print(SandboxWorldRenderer.text(for: report))
/// ```
enum SandboxWorldRenderer {
    static let channelKinds = [0: "text", 2: "voice", 4: "category", 5: "announcement", 13: "stage"]

    static func text(for report: SandboxWorldReport) -> String {
        var sections = ["Application \(report.application.name) (\(report.application.id)), bot @\(report.application.botUsername) (\(report.application.botUserId))"]
        for guild in report.guilds {
            var channels = TextTable(columns: ["CHANNEL", "TYPE", "ID"])
            for channel in guild.channels {
                channels.append([channel.type == 2 || channel.type == 13 ? channel.name : "#" + channel.name,
                                 channelKinds[channel.type] ?? String(channel.type), channel.id])
            }
            var members = TextTable(columns: ["MEMBER", "ID", "ROLES", "VOICE"])
            for member in guild.members {
                let name = "@" + member.username + (member.bot ? " (bot)" : "")
                let voice = member.voiceChannelId.flatMap { id in guild.channels.first { $0.id == id }?.name } ?? "-"
                members.append([name, member.userId, member.roles.isEmpty ? "-" : member.roles.joined(separator: ", "), voice])
            }
            var roles = TextTable(columns: ["ROLE", "POSITION", "ID"])
            for role in guild.roles { roles.append([role.name, String(role.position), role.id]) }
            sections.append("Guild \(guild.name) (\(guild.id))\n\n\(channels.render())\n\n\(members.render())\n\n\(roles.render())")
        }
        if report.commands.isEmpty {
            sections.append("No commands deployed yet: start odysseyd against the sandbox so it deploys them.")
        } else {
            var commands = TextTable(columns: ["USAGE", "SCOPE", "DESCRIPTION"])
            for command in report.commands {
                for usage in command.usages {
                    commands.append([usage, command.guildId == nil ? "global" : "guild", CellText.oneLine(command.description, limit: 60)])
                }
            }
            sections.append(commands.render())
        }
        return sections.joined(separator: "\n\n")
    }
}

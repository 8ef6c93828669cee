import Foundation
import Shared

/// `odysseyctl config` as text.
///
/// ```swift
/// print(ConfigRenderer.text(for: report))
/// // guild  1191168914269274112
/// //
/// // KEY                     VALUE  DEFAULT  ACCEPTS      DESCRIPTION
/// // locale                  en     ru       ru or en     Language of the bot's replies in this server
/// // stage_queue.host_role   -      -        an id (…)    Role that may run the queue, besides Mute Members
/// ```
enum ConfigRenderer {
    /// `config get` named a key the daemon does not have.
    struct UnknownKey: CommandFailure {
        let key: String
        let known: [String]
        var exitCode: OdysseyExitCode { .failed }
        var description: String { "unknown setting \"\(key)\"; settings: \(known.joined(separator: ", "))" }
    }

    static func text(for report: ConfigListReport) -> String {
        var list = KeyValueList()
        list.append("guild", report.guildId)
        var table = TextTable(columns: ["KEY", "VALUE", "DEFAULT", "ACCEPTS", "DESCRIPTION"])
        for setting in report.settings {
            table.append([setting.key, setting.value ?? "-", setting.defaultValue ?? "-", accepts(setting),
                          CellText.oneLine(setting.description, limit: 70)])
        }
        return list.render() + "\n\n" + table.render()
    }

    static func text(for setting: ConfigSettingReport) -> String {
        var list = KeyValueList()
        list.append("key", setting.key)
        list.append("value", setting.value ?? "not set")
        list.append("default", setting.defaultValue ?? "none")
        list.append("accepts", accepts(setting))
        list.append("about", setting.description)
        return list.render()
    }

    static func text(for result: ConfigSetReport) -> String {
        let before = result.before ?? "not set", after = result.after ?? "not set"
        let summary = result.changed ? "\(result.key): \(before) → \(after) (guild \(result.guildId))."
                                     : "Nothing changed: \(result.key) was already \(after) (guild \(result.guildId))."
        return summary + "\n\n" + text(for: result.setting)
    }

    private static func accepts(_ setting: ConfigSettingReport) -> String {
        setting.optional ? "\(setting.expected), or unset" : setting.expected
    }
}

import Foundation
import Shared

/// `odysseyctl feature` and `odysseyctl audit` as text.
///
/// ```swift
/// print(FeatureRenderer.text(for: report))
/// // scope  guild 1191168914269274112
/// //
/// // FEATURE      STATE  FROM     SUMMARY
/// // dice         off    guild    dice roller, characters, initiative
/// // stage_queue  on     default  stage sign-up queue (/sign-up)
/// ```
enum FeatureRenderer {
    static func text(for report: FeatureListReport) -> String {
        var list = KeyValueList()
        list.append("scope", report.guildId.map { "guild \($0)" } ?? "global (servers without their own switch)")
        var table = TextTable(columns: ["FEATURE", "STATE", "FROM", "SUMMARY"])
        for feature in report.features {
            table.append([feature.name, feature.enabled ? "on" : "off", feature.source.rawValue, CellText.oneLine(feature.summary, limit: 60)])
        }
        return list.render() + "\n\n" + table.render()
    }

    static func text(for result: FeatureSetReport) -> String {
        let changed = result.changed.isEmpty ? "Nothing changed." : "Changed: \(result.changed.joined(separator: ", "))."
        return changed + "\n\n" + text(for: result.report)
    }

    static func text(for report: AuditReport, time: TimeText = TimeText()) -> String {
        guard !report.entries.isEmpty else { return "No changes recorded." }
        var table = TextTable(columns: ["WHEN", "WHO", "GUILD", "ACTION", "TARGET", "BEFORE", "AFTER"])
        for entry in report.entries {
            table.append([time.local(entry.at), "\(entry.actor) [\(entry.source)]", entry.guildId ?? "-", entry.action, entry.target,
                          value(entry.before), value(entry.after)])
        }
        return table.render()
    }

    /// Applies a switch and prints what changed.
    static func apply(_ names: [String]?, enabled: Bool, guildID: String?, global: GlobalOptions) async throws {
        let result = try await global.request { try await $0.setFeatures(names, enabled: enabled, guildID: guildID) }
        global.output.emit(result, text: text(for: result))
    }

    private static func value(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: "-"
        case .bool(let flag)?: flag ? "on" : "off"
        case .string(let text)?: CellText.oneLine(text, limit: 40)
        case .number(let number)?: number.rounded() == number ? String(Int(number)) : String(number)
        case let other?: CellText.oneLine("\(other)", limit: 40)
        }
    }
}

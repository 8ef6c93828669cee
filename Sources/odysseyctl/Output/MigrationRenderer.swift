import Foundation
import Shared

/// `odysseyctl migrate` and `odysseyctl migrate --status` as text.
///
/// ```swift
/// print(MigrationRenderer.statusText(for: report))
/// // VERSION  NAME        STATE    APPLIED AT
/// // 0001     foundation  applied  2025-11-22T03:22:00Z
/// ```
enum MigrationRenderer {
    /// After `migrate`: what this call applied, and how long each took.
    static func appliedText(for report: MigrationReport) -> String {
        let applied = report.appliedNow.map { version in
            report.migrations.first { $0.version == version }
                ?? MigrationEntry(version: version, name: "?", state: .applied, checksum: "")
        }
        guard !applied.isEmpty else {
            return "Schema is current; nothing to apply."
        }
        var table = TextTable(columns: ["MIGRATION", "DURATION"])
        for entry in applied {
            table.append([entry.fileName, entry.durationMilliseconds.map(DurationText.milliseconds) ?? "-"])
        }
        let noun = applied.count == 1 ? "migration" : "migrations"
        return "Applied \(applied.count) \(noun):\n" + table.render()
    }

    /// After `migrate --status`: every migration, then what needs attention.
    static func statusText(for report: MigrationReport) -> String {
        guard !report.migrations.isEmpty else {
            return "No migrations known to the daemon or its database."
        }
        var table = TextTable(columns: ["VERSION", "NAME", "STATE", "APPLIED AT"])
        for entry in report.migrations {
            table.append([
                String(format: "%04d", entry.version),
                entry.name,
                entry.state.rawValue,
                entry.appliedAt.map { $0.formatted(.iso8601) } ?? "-",
            ])
        }
        var lines = [table.render()]
        if !report.pending.isEmpty {
            lines.append("")
            lines.append("\(report.pending.count) pending; run `odysseyctl migrate` to apply.")
        }
        if !report.problems.isEmpty {
            lines.append("")
            lines += report.problems.map(problemText)
        }
        return lines.joined(separator: "\n")
    }

    private static func problemText(_ entry: MigrationEntry) -> String {
        switch entry.state {
        case .changed:
            "\(entry.fileName) changed on disk after it was applied; restore the original file."
        case .missing:
            "\(entry.fileName) is recorded as applied but this daemon does not ship it; was a newer version running here?"
        case .applied, .pending:
            "\(entry.fileName) is \(entry.state.rawValue)."
        }
    }
}

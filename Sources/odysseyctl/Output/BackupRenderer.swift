import Foundation
import Shared

/// `odysseyctl backup` as text.
///
/// ```swift
/// print(BackupRenderer.listText(for: response))
/// // NAME                                    CREATED  SCHEMA  SIZE    LATEST WRITE
/// // odyssey-20261130T135012.345Z-0007.dump  2h ago   7       1.2 MB  2026-11-30 13:49:58.1+00
/// ```
enum BackupRenderer {
    static func listText(for response: BackupListResponse, time: TimeText = TimeText()) -> String {
        guard !response.backups.isEmpty else {
            return "No backups in \(response.directory)."
        }
        var table = TextTable(columns: ["NAME", "CREATED", "SCHEMA", "SIZE", "LATEST WRITE"])
        for backup in response.backups {
            guard backup.complete else {
                table.append([backup.name, "incomplete", "-", "-", "-"])
                continue
            }
            table.append([
                backup.name, time.relative(backup.createdAt), backup.lastMigration.map(String.init) ?? "none",
                backup.sizeBytes.map(sizeText) ?? "-", backup.dataWatermark ?? "-",
            ])
        }
        return table.render() + "\n\(response.backups.count) in \(response.directory); the newest \(response.keep) are kept."
    }

    static func createdText(for response: BackupCreateResponse) -> String {
        var text = "Created backup \(response.backup.name) (\(response.backup.sizeBytes.map(sizeText) ?? "?"), schema \(response.backup.lastMigration.map(String.init) ?? "none"))."
        if !response.pruned.isEmpty {
            text += "\nDeleted \(response.pruned.count) older: \(response.pruned.joined(separator: ", "))."
        }
        return text
    }

    static func restoredText(for response: BackupRestoreResponse) -> String {
        var text = "Restored backup \(response.backup.name) (schema \(response.backup.lastMigration.map(String.init) ?? "none"))."
        if !response.overridden.isEmpty {
            text += "\nForced over a newer database: \(response.overridden.joined(separator: "; "))."
            text += "\nIf the backup's schema is older, run `odysseyctl migrate`."
        }
        return text
    }

    static func sizeText(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f", value) + " " + units[unit]
    }
}

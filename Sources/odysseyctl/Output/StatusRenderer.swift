import Shared

/// `odysseyctl status` as text.
///
/// ```swift
/// print(StatusRenderer.text(for: status))
/// // version             0.1.0
/// // pid                 4242
/// // uptime              3h 12m
/// // ...
/// ```
enum StatusRenderer {
    static func text(for status: StatusResponse) -> String {
        var list = KeyValueList()
        list.append("version", status.version)
        list.append("pid", String(status.pid))
        list.append("uptime", DurationText.uptime(status.uptime))
        list.append("state", status.state.rawValue)
        list.append("database", status.db)
        list.append("discord", status.discord)
        list.append("job system", status.boss)
        list.append("pending migrations", String(status.pendingMigrations))
        list.append("problems", status.problems.isEmpty ? ["none"] : status.problems)
        var text = list.render()
        // The daemon often words this problem itself; say it once.
        let migrateHint = "odysseyctl migrate"
        if status.pendingMigrations > 0, !status.problems.contains(where: { $0.contains(migrateHint) }) {
            text += "\n\nRun `\(migrateHint)` to apply pending migrations."
        }
        return text
    }
}

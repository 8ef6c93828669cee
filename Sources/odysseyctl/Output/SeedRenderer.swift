import Shared

/// `odysseyctl seed` as text.
///
/// ```swift
/// print(SeedRenderer.text(for: report))
/// // Seeded 1 row.
/// // TABLE     KEY
/// // settings  default_locale
/// ```
enum SeedRenderer {
    static func text(for report: SeedReport) -> String {
        guard report.changedAnything else {
            return "Nothing to do: all \(report.rows.count) setup rows are already in place."
        }
        let inserted = report.rows.filter { $0.action == .inserted }
        var table = TextTable(columns: ["TABLE", "KEY"])
        for row in inserted {
            table.append([row.table, row.key])
        }
        let noun = inserted.count == 1 ? "row" : "rows"
        let unchanged = report.rows.count - inserted.count
        let headline = unchanged == 0
            ? "Seeded \(inserted.count) \(noun)."
            : "Seeded \(inserted.count) \(noun); \(unchanged) already in place."
        return headline + "\n" + table.render()
    }
}

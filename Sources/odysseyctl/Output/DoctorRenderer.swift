import Shared

/// `odysseyctl doctor` as text, in the `flutter doctor` manner.
///
/// ```swift
/// print(DoctorRenderer.text(for: report))
/// // [✓] Database migrations: 7 applied, none pending
/// // [✗] Setup rows: 3 setup row(s) missing
/// //     • settings missing: default_locale, supported_locales, default_timezone
/// //     ✗ fix: Run `odysseyctl seed`
/// //
/// // Doctor found 1 issue in 1 category.
/// ```
enum DoctorRenderer {
    static func text(for report: DoctorReport) -> String {
        var lines: [String] = []
        for check in report.checks {
            lines.append("\(mark(check.status)) \(check.title): \(check.summary)")
            lines += check.details.map { "    • " + $0 }
            if check.status != .ok, let fix = check.fix {
                lines.append("    ✗ fix: " + fix)
            }
        }
        lines.append("")
        lines.append(report.closingLine)
        return lines.joined(separator: "\n")
    }

    static func list(_ checks: DoctorCheckListResponse) -> String {
        var table = TextTable(columns: ["CHECK", "TITLE", "LOOKS AT"])
        for check in checks.checks {
            table.append([check.name, check.title, check.summary])
        }
        return table.render()
    }

    static func mark(_ status: DoctorStatus) -> String {
        switch status {
        case .ok: "[✓]"
        case .warning: "[!]"
        case .failure: "[✗]"
        }
    }
}

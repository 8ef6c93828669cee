import Shared

/// `odysseyctl invite` as text: the URL first, so `odysseyctl invite | head -1` is just the URL.
///
/// ```swift
/// print(InviteRenderer.text(for: report))
/// ```
enum InviteRenderer {
    static func text(for report: InviteReport) -> String {
        """
        \(report.url)
        Permissions \(report.permissions): \(report.permissionNames.joined(separator: ", "))
        For features: \(report.features.isEmpty ? "core only" : report.features.joined(separator: ", "))
        """
    }
}

/// `odysseyctl version` as text.
///
/// ```swift
/// print(VersionRenderer.text(for: VersionReport(client: "0.1.0", daemon: "0.1.0"), failure: nil))
/// // odysseyctl  0.1.0
/// // odysseyd    0.1.0
/// ```
enum VersionRenderer {
    static func text(for report: VersionReport, failure: (any CommandFailure)?) -> String {
        var list = KeyValueList()
        list.append("odysseyctl", report.client)
        if let daemon = report.daemon {
            list.append("odysseyd", daemon)
        } else {
            list.append("odysseyd", "unknown: " + (failure?.description ?? "no answer"))
        }
        return list.render()
    }
}

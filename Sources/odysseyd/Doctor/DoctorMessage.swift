import Shared

/// A ``DoctorReport`` as an ephemeral Discord message, for `/admin doctor`: one line per check
/// in the description, a field with details and fix per check that is not ok, coloured by the
/// worst status, and always within ``RequestLimits`` (long findings are cut, with "…").
///
/// ```swift
/// let payload = DoctorMessage.payload(for: await doctor.run())
/// try RequestLimits.validate(payload)   // never throws for what this builds
/// ```
enum DoctorMessage {
    static let okColor = 0x2ECC71
    static let warningColor = 0xF1C40F
    static let failureColor = 0xE74C3C
    /// Leaves room under the 6000-character total for the title, description and footer.
    static let fieldBudget = 4000

    static func payload(for report: DoctorReport) -> MessagePayload {
        MessagePayload(embeds: [embed(for: report)], allowedMentions: .nobody, flags: .ephemeral)
    }

    static func embed(for report: DoctorReport) -> Embed {
        let lines = report.checks.map { "\(symbol($0.status)) **\($0.title)**: \($0.summary)" }
        var fields: [EmbedField] = []
        var budget = fieldBudget
        for check in report.checks where check.status != .ok {
            guard fields.count < RequestLimits.embedFieldCount, budget > 0 else { break }
            var value = check.details.map { "• " + $0 }
            if let fix = check.fix { value.append("**Fix:** " + fix) }
            let name = clip("\(symbol(check.status)) \(check.title)", to: RequestLimits.embedFieldNameLength)
            let text = clip(value.isEmpty ? check.summary : value.joined(separator: "\n"),
                            to: min(RequestLimits.embedFieldValueLength, budget - RequestLimits.length(name)))
            guard !text.isEmpty else { break }
            budget -= RequestLimits.length(name) + RequestLimits.length(text)
            fields.append(EmbedField(name: name, value: text))
        }
        let worst: DoctorStatus = report.checks.contains { $0.status == .failure } ? .failure
            : report.checks.contains { $0.status == .warning } ? .warning : .ok
        return Embed(
            title: "Doctor",
            description: clip(lines.joined(separator: "\n"), to: 1500),
            color: worst == .failure ? failureColor : worst == .warning ? warningColor : okColor,
            fields: fields.isEmpty ? nil : fields,
            footer: EmbedFooter(text: report.closingLine),
            timestamp: report.generatedAt
        )
    }

    static func symbol(_ status: DoctorStatus) -> String {
        switch status {
        case .ok: "✅"
        case .warning: "⚠️"
        case .failure: "❌"
        }
    }

    /// At most `limit` characters (as ``RequestLimits`` counts them), ending in "…" when cut.
    static func clip(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard RequestLimits.length(text) > limit else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(limit - 1))
        return String(scalars) + "…"
    }
}

import Shared

/// A ``DoctorReport`` as an ephemeral Discord message, for `/admin doctor`: one line per check
/// in the description, a field with details and fix per check that is not ok, coloured by the
/// worst status, and always within ``RequestLimits`` (long findings are cut, with "…").
/// The frame (title, check titles, labels, closing line) is in `language`; what each check found
/// is in the language the doctor ran in (`doctor.run(in:)`), the same one for `/admin doctor`.
///
/// ```swift
/// let payload = DoctorMessage.payload(for: await doctor.run(in: .ru), in: .ru)
/// try RequestLimits.validate(payload)   // never throws for what this builds
/// ```
enum DoctorMessage {
    static let okColor = 0x2ECC71
    static let warningColor = 0xF1C40F
    static let failureColor = 0xE74C3C
    /// Leaves room under the 6000-character total for the title, description and footer.
    static let fieldBudget = 4000

    static func payload(for report: DoctorReport, in language: Language) -> MessagePayload {
        MessagePayload(embeds: [embed(for: report, in: language)], allowedMentions: .nobody, flags: .ephemeral)
    }

    static func embed(for report: DoctorReport, in language: Language) -> Embed {
        let lines = report.checks.map { "\(symbol($0.status)) **\(title(of: $0, in: language))**: \($0.summary)" }
        var fields: [EmbedField] = []
        var budget = fieldBudget
        for check in report.checks where check.status != .ok {
            guard fields.count < RequestLimits.embedFieldCount, budget > 0 else { break }
            var value = check.details.map { "• " + $0 }
            if let fix = check.fix { value.append(Localizer.text(MessageKeys.Doctor.fix, ["fix": fix], in: language)) }
            let name = clip("\(symbol(check.status)) \(title(of: check, in: language))", to: RequestLimits.embedFieldNameLength)
            let text = clip(value.isEmpty ? check.summary : value.joined(separator: "\n"),
                            to: min(RequestLimits.embedFieldValueLength, budget - RequestLimits.length(name)))
            guard !text.isEmpty else { break }
            budget -= RequestLimits.length(name) + RequestLimits.length(text)
            fields.append(EmbedField(name: name, value: text))
        }
        let worst: DoctorStatus = report.checks.contains { $0.status == .failure } ? .failure
            : report.checks.contains { $0.status == .warning } ? .warning : .ok
        return Embed(
            title: Localizer.text(MessageKeys.Doctor.title, in: language),
            description: clip(lines.joined(separator: "\n"), to: 1500),
            color: worst == .failure ? failureColor : worst == .warning ? warningColor : okColor,
            fields: fields.isEmpty ? nil : fields,
            footer: EmbedFooter(text: closingLine(report, in: language)),
            timestamp: report.generatedAt
        )
    }

    /// ``DoctorReport/closingLine`` in `language`: "Doctor found 3 issues in 2 categories." or "No issues found!".
    static func closingLine(_ report: DoctorReport, in language: Language) -> String {
        guard report.hasIssues else { return Localizer.text(MessageKeys.Doctor.noIssues, in: language) }
        return Localizer.text(MessageKeys.Doctor.found, [
            "issues": Localizer.plural(MessageKeys.Doctor.issues, report.findingCount, in: language),
            "categories": Localizer.plural(MessageKeys.Doctor.categories, report.issueCount, in: language),
        ], in: language)
    }

    /// The catalog's title for a known check, else the check's own.
    static func title(of check: DoctorCheckResult, in language: Language) -> String {
        let key = MessageKeys.Doctor.checkTitle(check.name)
        return Catalog.table(for: language)[key] == nil ? check.title : Localizer.text(key, in: language)
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

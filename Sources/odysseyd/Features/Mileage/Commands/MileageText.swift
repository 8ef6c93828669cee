import Foundation

/// Mileage's shared wording: point counts with their noun in the right plural form, and the
/// ledger's event lines, for the replies, the leaderboard and the tier sync's audit reasons.
///
/// ```swift
/// MileageText.points(40, in: .ru, bold: true, signed: true)   // "**+40** миль"
/// MileageText.points(1, in: .en)                               // "1 mi"
/// ```
enum MileageText {
    /// The plural form follows the magnitude (−1 is «миля», like 1); the number may be signed
    /// and bolded, which ``Localizer/plural(_:_:in:)`` cannot do, so the form is picked here.
    static func points<N: BinaryInteger>(_ value: N, in language: Language, bold: Bool = false, signed: Bool = false) -> String {
        let magnitude = Int(clamping: value.magnitude)
        var number = signed && value > 0 ? "+\(value)" : "\(value)"
        if bold { number = "**\(number)**" }
        let form = Localizer.PluralForm(magnitude, in: language)
        return Localizer.text("\(MessageKeys.Mileage.points).\(form.rawValue)", ["count": number], in: language)
    }

    /// One ledger event for `/mileage me` and `/mileage history`: number, points, type, when,
    /// the moderator's reason (escaped: members type it), struck through once reversed.
    static func line(_ event: MileageLedger.RecordedEvent, in language: Language) -> String {
        var values = [
            "id": String(event.id),
            "points": points(event.points, in: language, signed: true),
            "type": MileageEventType(rawValue: event.type)?.label(in: language) ?? event.type,
            "when": "<t:\(Int(event.occurredAt.timeIntervalSince1970)):R>",
        ]
        values["reason"] = event.reason.map(DiscordMarkdown.escape)
        let text = Localizer.text(event.reason == nil ? MessageKeys.Mileage.eventLine : MessageKeys.Mileage.eventLineWithReason,
                                  values, in: language)
        guard event.reversedAt != nil else { return text }
        return Localizer.text(MessageKeys.Mileage.eventReversed, ["line": text], in: language)
    }
}

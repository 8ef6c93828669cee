/// What a member did to earn mileage. The raw values are the `event_type` column and the keys of
/// the per-guild event map (`mileage_rules`).
enum MileageEventType: String, Codable, CaseIterable, Sendable {
    case messageSent = "message_sent"
    case reactionAdded = "reaction_added"
    /// Awarded per whole minute in a voice channel; ``MileageEvent/units`` carries the minutes.
    case voiceMinute = "voice_minute"
    case signUpJoined = "sign_up_joined"
    case performedOnStage = "performed_on_stage"
    case commandUsed = "command_used"
    /// A moderator's `/mileage adjust`: never from the event map, never cooled down.
    case manualAdjustment = "manual_adjustment"

    /// The types the event map configures (everything a member earns by themselves).
    static let earned: [MileageEventType] = allCases.filter { $0 != .manualAdjustment }

    /// The catalog key of the name `/mileage me`, history and rule replies show.
    var labelKey: String {
        switch self {
        case .messageSent: MessageKeys.Mileage.eventMessageSent
        case .reactionAdded: MessageKeys.Mileage.eventReactionAdded
        case .voiceMinute: MessageKeys.Mileage.eventVoiceMinute
        case .signUpJoined: MessageKeys.Mileage.eventSignUpJoined
        case .performedOnStage: MessageKeys.Mileage.eventPerformedOnStage
        case .commandUsed: MessageKeys.Mileage.eventCommandUsed
        case .manualAdjustment: MessageKeys.Mileage.eventManualAdjustment
        }
    }

    /// How members see the type named: `label(in: .en)` is "messages".
    func label(in language: Language) -> String {
        Localizer.text(labelKey, in: language)
    }
}

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

    /// How `/mileage me` and the dashboard name the type.
    var label: String {
        switch self {
        case .messageSent: "messages"
        case .reactionAdded: "reactions"
        case .voiceMinute: "voice minutes"
        case .signUpJoined: "stage sign-ups"
        case .performedOnStage: "stage performances"
        case .commandUsed: "commands"
        case .manualAdjustment: "adjustments"
        }
    }
}

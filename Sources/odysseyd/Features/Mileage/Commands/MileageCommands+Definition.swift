/// The `/mileage` command as Discord sees it.
extension MileageCommands {
    static var definition: ApplicationCommandDefinition {
        let reason = ApplicationCommandOption(type: .string, name: "reason", description: "Why (kept with the event)", required: true,
                                              minLength: reasonLength.lowerBound, maxLength: reasonLength.upperBound)
        let member = ApplicationCommandOption(type: .user, name: "member", description: "Which member", required: true)
        let tierPoints = ApplicationCommandOption(type: .integer, name: "points", description: "The total that earns the role", required: true,
                                                  minValue: .integer(1), maxValue: .integer(1_000_000_000))
        // Definitions are global, not per guild, so they stay English like every description.
        let events = MileageEventType.earned.map { CommandChoice(name: $0.label(in: .en), value: .string($0.rawValue)) }
        return ApplicationCommandDefinition(name: "mileage", description: "Mileage points and role tiers", options: [
            ApplicationCommandOption(type: .subcommand, name: "me", description: "Your mileage, rank and next tier"),
            ApplicationCommandOption(type: .subcommand, name: "leaderboard", description: "Who has the most mileage", options: [
                ApplicationCommandOption(type: .integer, name: "page", description: "Which page (default 1)", minValue: .integer(1), maxValue: .integer(10_000)),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "adjust", description: "Add or take away mileage (moderators)", options: [
                member,
                ApplicationCommandOption(type: .integer, name: "points", description: "Points to add (negative takes away)", required: true,
                                         minValue: .integer(adjustRange.lowerBound), maxValue: .integer(adjustRange.upperBound)),
                reason,
            ]),
            ApplicationCommandOption(type: .subcommand, name: "reverse", description: "Take back an event's points, once (moderators)", options: [
                ApplicationCommandOption(type: .integer, name: "event", description: "The event number (#…) from /mileage history", required: true,
                                         minValue: .integer(1)),
                reason,
            ]),
            ApplicationCommandOption(type: .subcommand, name: "history", description: "A member's latest events (moderators)", options: [member]),
            ApplicationCommandOption(type: .subcommand, name: "tier-set", description: "Make a role the tier for a total (Manage Server)", options: [
                tierPoints,
                ApplicationCommandOption(type: .role, name: "role", description: "The role members get", required: true),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "tier-remove", description: "Remove the tier at a total (Manage Server)", options: [tierPoints]),
            ApplicationCommandOption(type: .subcommand, name: "rule", description: "Set what an event is worth (Manage Server)", options: [
                ApplicationCommandOption(type: .string, name: "event", description: "Which event", required: true, choices: events),
                ApplicationCommandOption(type: .integer, name: "points", description: "Points per event", required: true,
                                         minValue: .integer(Int64(MileageRule.pointsRange.lowerBound)),
                                         maxValue: .integer(Int64(MileageRule.pointsRange.upperBound))),
                ApplicationCommandOption(type: .integer, name: "cooldown", description: "Seconds before the same member earns it again",
                                         minValue: .integer(Int64(MileageRule.cooldownRange.lowerBound)),
                                         maxValue: .integer(Int64(MileageRule.cooldownRange.upperBound))),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "settings", description: "Tier mode and moderator role (Manage Server)", options: [
                ApplicationCommandOption(type: .string, name: "tier-mode", description: "Keep every tier role, or only the highest",
                                         choices: MileageTierMode.allCases.map { CommandChoice(name: $0.rawValue, value: .string($0.rawValue)) }),
                ApplicationCommandOption(type: .role, name: "moderator-role", description: "May adjust and reverse (@everyone clears it)"),
            ]),
        ], contexts: [.guild])
    }
}

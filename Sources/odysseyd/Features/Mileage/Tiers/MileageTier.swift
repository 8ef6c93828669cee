/// A role a member earns at a total: `threshold` points or more.
struct MileageTier: Sendable, Hashable {
    var threshold: Int64
    var roleID: Snowflake
}

/// How tier roles add up.
enum MileageTierMode: String, Sendable, Codable, CaseIterable {
    /// A member keeps every tier role they reached.
    case stack
    /// A member holds only the highest tier reached; lower ones are taken away.
    case replace
}

/// A guild's mileage settings (`mileage_guild_settings`); defaults while it has no row.
struct MileageSettings: Sendable, Hashable {
    var tierMode: MileageTierMode = .stack
    /// Besides Manage Server, this role may adjust and reverse.
    var moderatorRoleID: Snowflake?
}

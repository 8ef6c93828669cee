/// Which features are on in a guild, for the checks that compare flags with configuration.
///
/// ``FeatureFlags`` answers with a guild's own switches (`guild_feature_flags`) over the global
/// flags; a test can hand in any other source.
///
/// ```swift
/// let on = try await FeatureFlags(database: pool).enabledFeatures(in: guildID)   // ["dice", "mileage", …]
/// ```
protocol DoctorFeatureSource: Sendable {
    /// `guild` nil: the global answer (schedules without a guild).
    func enabledFeatures(in guild: Snowflake?) async throws -> Set<String>
}

extension FeatureFlags: DoctorFeatureSource {
    func enabledFeatures(in guild: Snowflake?) async throws -> Set<String> {
        Set(try await states(guild: guild).filter(\.enabled).map(\.name))
    }
}

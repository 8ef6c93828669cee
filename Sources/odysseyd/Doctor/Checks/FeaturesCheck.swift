/// `features`: feature flags against configuration: a feature that is on in a guild has what it
/// needs set there (the stage queue its sign-up channel, and its stage channel when promoting).
///
/// ```swift
/// let result = await FeaturesCheck(database: pool, features: FeatureFlags(database: pool), schemaReady: { true }).run()
/// ```
struct FeaturesCheck: DoctorCheck {
    let database: any PostgresQuerying
    let features: any DoctorFeatureSource
    let schemaReady: @Sendable () async -> Bool
    let name = "features"
    let title = "Feature configuration"
    let summary = "every enabled feature has its channels and roles configured"

    func run() async -> DoctorResult {
        guard await schemaReady() else { return .schemaNotReady }
        do {
            var findings: [DoctorFinding] = []
            let global = try await features.enabledFeatures(in: nil)
            let stage = try await database.query("""
                SELECT guild_id, sign_up_channel_id, stage_channel_id, stage_integration FROM stage_queue_settings ORDER BY guild_id
                """).rows
            if global.contains("stage_queue") && stage.isEmpty {
                findings.append(.warning("stage_queue is on but no guild has run /sign-up setup (no sign-up channel anywhere)"))
            }
            for row in stage {
                let guild: Snowflake = try row.decode(column: "guild_id")
                guard try await features.enabledFeatures(in: guild).contains("stage_queue") else { continue }
                if try row.decode(Snowflake?.self, column: "sign_up_channel_id") == nil {
                    findings.append(.warning("guild \(guild): stage_queue is on without a sign-up channel"))
                }
                if try row.decode(Bool.self, column: "stage_integration"), try row.decode(Snowflake?.self, column: "stage_channel_id") == nil {
                    findings.append(.warning("guild \(guild): stage integration is on without a stage channel"))
                }
            }
            let tiers = try await database.query("SELECT guild_id, count(*) AS tiers FROM mileage_tiers GROUP BY guild_id ORDER BY guild_id").rows
            if global.contains("mileage") {
                findings.append(.note(tiers.isEmpty ? "mileage: no tier roles configured (points only)"
                                                    : "mileage: tier roles in \(tiers.count) guild(s)"))
            }
            return .combine(findings, ok: "\(global.count) feature(s) on, configured",
                            fix: "Run `/sign-up setup` in the guild (sign-up channel, stage channel), or switch the feature off")
        } catch {
            return .error(error, doing: "read the feature settings")
        }
    }
}

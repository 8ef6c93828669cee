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

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard await schemaReady() else { return .schemaNotReady(in: language) }
        do {
            var findings: [DoctorFinding] = []
            let global = try await features.enabledFeatures(in: nil)
            let stage = try await database.query("""
                SELECT guild_id, sign_up_channel_id, stage_channel_id, stage_integration FROM stage_queue_settings ORDER BY guild_id
                """).rows
            if global.contains("stage_queue") && stage.isEmpty {
                findings.append(.warning(say(K.featuresNoSignUpAnywhere)))
            }
            for row in stage {
                let guild: Snowflake = try row.decode(column: "guild_id")
                guard try await features.enabledFeatures(in: guild).contains("stage_queue") else { continue }
                if try row.decode(Snowflake?.self, column: "sign_up_channel_id") == nil {
                    findings.append(.warning(say(K.featuresNoSignUp, ["guild": guild.description])))
                }
                if try row.decode(Bool.self, column: "stage_integration"), try row.decode(Snowflake?.self, column: "stage_channel_id") == nil {
                    findings.append(.warning(say(K.featuresNoStage, ["guild": guild.description])))
                }
            }
            let tiers = try await database.query("SELECT guild_id, count(*) AS tiers FROM mileage_tiers GROUP BY guild_id ORDER BY guild_id").rows
            if global.contains("mileage") {
                findings.append(.note(tiers.isEmpty ? say(K.featuresNoTiers)
                                                    : say(K.featuresTiers, ["guilds": say.plural(K.featuresTierGuilds, tiers.count)])))
            }
            return .combine(findings, ok: say.plural(K.featuresOK, global.count), fix: say(K.featuresFix), in: language)
        } catch {
            return .error(error, doing: say(K.featuresAction), in: language)
        }
    }
}

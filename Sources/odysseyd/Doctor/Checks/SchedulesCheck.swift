/// `schedules`: recurring schedules against features: every schedule the catalogue ships
/// exists, none runs for a disabled feature, and no enabled feature has its schedule off.
///
/// ```swift
/// let result = await SchedulesCheck(database: pool, features: FeatureFlags(database: pool), schemaReady: { true }).run()
/// ```
struct SchedulesCheck: DoctorCheck {
    let database: any PostgresQuerying
    let features: any DoctorFeatureSource
    let schemaReady: @Sendable () async -> Bool
    let name = "schedules"
    let title = "Recurring schedules"
    let summary = "the shipped schedules exist and agree with the feature flags"

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard await schemaReady() else { return .schemaNotReady(in: language) }
        do {
            let rows = try await database.query("SELECT name, job_name, enabled, guild_id FROM job_schedules ORDER BY name").rows
            var findings: [DoctorFinding] = []
            let names = Set(try rows.map { try $0.decode(String.self, column: "name") })
            for entry in ScheduleCatalog.all where !names.contains(entry.name) {
                findings.append(.warning(say(K.schedulesMissing, ["name": entry.name])))
            }
            var globalFeatures: Set<String>?
            for row in rows {
                let name: String = try row.decode(column: "name")
                let job: String = try row.decode(column: "job_name")
                let enabled: Bool = try row.decode(column: "enabled")
                let guild: Snowflake? = try row.decode(column: "guild_id")
                guard let feature = JobFeature.name(forJob: job) else { continue }
                let on: Set<String>
                if let guild {
                    on = try await features.enabledFeatures(in: guild)
                } else {
                    if globalFeatures == nil { globalFeatures = try await features.enabledFeatures(in: nil) }
                    on = globalFeatures ?? []
                }
                let values = ["name": name, "feature": feature,
                              "scope": guild.map { say(K.schedulesScope, ["guild": $0.description]) } ?? ""]
                if enabled && !on.contains(feature) {
                    findings.append(.warning(say(K.schedulesOnFeatureOff, values)))
                } else if !enabled && on.contains(feature) {
                    findings.append(.warning(say(K.schedulesOffFeatureOn, values)))
                }
            }
            return .combine(findings, ok: say.plural(K.schedulesOK, rows.count), fix: say(K.schedulesFix), in: language)
        } catch {
            return .error(error, doing: say(K.schedulesAction), in: language)
        }
    }
}

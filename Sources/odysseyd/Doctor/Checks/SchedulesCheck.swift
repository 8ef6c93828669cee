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

    func run() async -> DoctorResult {
        guard await schemaReady() else { return .schemaNotReady }
        do {
            let rows = try await database.query("SELECT name, job_name, enabled, guild_id FROM job_schedules ORDER BY name").rows
            var findings: [DoctorFinding] = []
            let names = Set(try rows.map { try $0.decode(String.self, column: "name") })
            for entry in ScheduleCatalog.all where !names.contains(entry.name) {
                findings.append(.warning("schedule \(entry.name) is missing"))
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
                let scope = guild.map { " in guild \($0)" } ?? ""
                if enabled && !on.contains(feature) {
                    findings.append(.warning("schedule \(name) is on but feature \(feature) is off\(scope)"))
                } else if !enabled && on.contains(feature) {
                    findings.append(.warning("feature \(feature) is on but its schedule \(name) is off\(scope)"))
                }
            }
            return .combine(findings, ok: "\(rows.count) schedule(s), consistent with the features",
                            fix: "Run `odysseyctl seed` for missing schedules; `odysseyctl schedule off|on NAME` to match the features")
        } catch {
            return .error(error, doing: "read job_schedules")
        }
    }
}

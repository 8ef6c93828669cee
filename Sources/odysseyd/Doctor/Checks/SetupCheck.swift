/// `setup`: the rows `odysseyctl seed` writes (``SetupCatalog`` settings, one feature flag per
/// feature) are in the database. Missing schedules are the `schedules` check's.
///
/// ```swift
/// let result = await SetupCheck(database: pool, schemaReady: { await gate.isRunning }).run()
/// ```
struct SetupCheck: DoctorCheck {
    let database: any PostgresQuerying
    let schemaReady: @Sendable () async -> Bool
    let name = "setup"
    let title = "Setup rows"
    let summary = "required settings keys and feature flags are seeded"

    func run() async -> DoctorResult {
        guard await schemaReady() else { return .schemaNotReady }
        do {
            let keys = Set(try await database.query("SELECT key FROM settings").rows.map { try $0.decode(String.self, column: "key") })
            let flags = Set(try await database.query("SELECT name FROM feature_flags").rows.map { try $0.decode(String.self, column: "name") })
            let missingKeys = SetupCatalog.settings.map(\.key).filter { !keys.contains($0) }
            let missingFlags = FeatureCatalog.all.map(\.name).filter { !flags.contains($0) }
            var details: [String] = []
            if !missingKeys.isEmpty { details.append("settings missing: \(missingKeys.joined(separator: ", "))") }
            if !missingFlags.isEmpty { details.append("feature flags missing: \(missingFlags.joined(separator: ", "))") }
            guard details.isEmpty else {
                return .failure("\(missingKeys.count + missingFlags.count) setup row(s) missing", details: details, fix: "Run `odysseyctl seed`")
            }
            return .ok("\(SetupCatalog.settings.count) settings and \(FeatureCatalog.all.count) feature flags present")
        } catch {
            return .error(error, doing: "read the setup rows")
        }
    }
}

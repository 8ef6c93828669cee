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

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard await schemaReady() else { return .schemaNotReady(in: language) }
        do {
            let keys = Set(try await database.query("SELECT key FROM settings").rows.map { try $0.decode(String.self, column: "key") })
            let flags = Set(try await database.query("SELECT name FROM feature_flags").rows.map { try $0.decode(String.self, column: "name") })
            let missingKeys = SetupCatalog.settings.map(\.key).filter { !keys.contains($0) }
            let missingFlags = FeatureCatalog.all.map(\.name).filter { !flags.contains($0) }
            var details: [String] = []
            if !missingKeys.isEmpty { details.append(say(K.setupSettingsMissing, ["keys": missingKeys.joined(separator: ", ")])) }
            if !missingFlags.isEmpty { details.append(say(K.setupFlagsMissing, ["names": missingFlags.joined(separator: ", ")])) }
            guard details.isEmpty else {
                return .failure(say.plural(K.setupMissing, missingKeys.count + missingFlags.count), details: details, fix: say(K.setupFix))
            }
            return .ok(say(K.setupOK, ["settings": say.plural(K.setupSettings, SetupCatalog.settings.count),
                                       "flags": say.plural(K.setupFlags, FeatureCatalog.all.count)]))
        } catch {
            return .error(error, doing: say(K.setupAction), in: language)
        }
    }
}

/// Which features are on, from `feature_flags`; a feature with no row yet (before `seed`) has
/// its catalog default.
///
/// ```swift
/// let enabled = try await FeatureFlags(database: pool).enabledNames()   // ["dice", "duels", …]
/// ```
struct FeatureFlags: Sendable {
    let database: any PostgresQuerying

    func enabledNames() async throws -> [String] {
        var stored: [String: Bool] = [:]
        for row in try await database.query("SELECT name, enabled FROM feature_flags").rows {
            stored[try row.decode(String.self, column: "name")] = try row.decode(Bool.self, column: "enabled")
        }
        return FeatureCatalog.all.filter { stored[$0.name] ?? $0.enabledByDefault }.map(\.name)
    }
}

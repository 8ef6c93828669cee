/// `mileage-roles`: tier roles the bot could not grant or take away (`mileage_role_failures`,
/// kept until a later sync succeeds).
///
/// ```swift
/// let result = await MileageRolesCheck(failures: MileageRoleFailureStore(database: pool), schemaReady: { true }).run()
/// ```
struct MileageRolesCheck: DoctorCheck {
    let failures: MileageRoleFailureStore
    let schemaReady: @Sendable () async -> Bool
    let name = "mileage-roles"
    let title = "Mileage tier role grants"
    let summary = "no tier role is failing to be granted or removed"

    func run() async -> DoctorResult {
        guard await schemaReady() else { return .schemaNotReady }
        do {
            let findings = try await failures.doctorFindings()
            guard !findings.isEmpty else { return .ok("every tier role change went through") }
            return .failure("\(findings.count) tier role change(s) failing", details: findings,
                            fix: "Give the bot Manage Roles and drag its role above every tier role (Server Settings → Roles); "
                                + "the hourly mileage.tiers.retry schedule then clears these")
        } catch {
            return .error(error, doing: "read mileage_role_failures")
        }
    }
}

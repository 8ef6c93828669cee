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

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard await schemaReady() else { return .schemaNotReady(in: language) }
        do {
            let findings = try await failures.doctorFindings(in: language)
            guard !findings.isEmpty else { return .ok(say(K.mileageRolesOK)) }
            return .failure(say.plural(K.mileageRolesFailing, findings.count), details: findings, fix: say(K.mileageRolesFix))
        } catch {
            return .error(error, doing: say(K.mileageRolesAction), in: language)
        }
    }
}

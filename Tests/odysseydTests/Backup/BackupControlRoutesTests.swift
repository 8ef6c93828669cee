import Hummingbird
import Testing
@testable import odysseyd

@Suite("Backup: control API errors")
struct BackupControlRoutesTests {
    @Test(arguments: [
        (BackupError.notFound(name: "x", directory: "/d"), HTTPResponse.Status.notFound),
        (BackupError.newerDatabase("later rows"), .conflict),
        (BackupError.damaged(name: "x", reason: "sha"), .unprocessableContent),
        (BackupError.invalidName("../x"), .badRequest),
        (BackupError.toolMissing("pg_dump"), .internalServerError),
    ])
    func errorsMapToStatuses(error: BackupError, status: HTTPResponse.Status) async throws {
        await #expect {
            _ = try await BackupControlRoutes.mapErrors { throw error }
        } throws: { thrown in
            guard let http = thrown as? HTTPError else { return false }
            return http.status == status && (http.body ?? "").contains(error.description)
        }
    }
}

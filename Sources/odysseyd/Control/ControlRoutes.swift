import Foundation
import Hummingbird
import Shared

/// The `/v1/` routes of the control API.
struct ControlRoutes: Sendable {
    let health: DaemonHealth
    let schema: SchemaGate
    let seeder: Seeder

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("status") { _, _ in
            try JSONResponse(await health.statusResponse)
        }
        v1.get("migrations") { _, _ in
            try await Self.mapErrors { try JSONResponse(try await schema.migrator.status()) }
        }
        v1.post("migrations/apply") { _, _ in
            try await Self.mapErrors { try JSONResponse(try await schema.migrate()) }
        }
        v1.post("seed") { _, _ in
            try await Self.mapErrors {
                let pending = await health.pendingMigrations
                guard pending == 0 else {
                    throw HTTPError(.conflict, message: "the schema is behind (\(pending) migration(s) pending): run `odysseyctl migrate` first")
                }
                return try JSONResponse(try await seeder.seed())
            }
        }
    }

    /// Turns our errors into the control API's status codes, keeping their messages.
    static func mapErrors(_ body: () async throws -> JSONResponse) async throws -> JSONResponse {
        do {
            return try await body()
        } catch let error as HTTPError {
            throw error
        } catch let error as MigrationError {
            throw HTTPError(.conflict, message: error.description)
        } catch let error as DatabaseError where error.isUnavailable {
            throw HTTPError(.serviceUnavailable, message: error.description)
        } catch {
            throw HTTPError(.internalServerError, message: "\(error)")
        }
    }
}

/// A response body encoded with the control API's JSON dialect.
struct JSONResponse: ResponseGenerator {
    let body: Data
    var status: HTTPResponse.Status = .ok

    init(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws {
        body = try ControlJSON.encoder.encode(value)
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}

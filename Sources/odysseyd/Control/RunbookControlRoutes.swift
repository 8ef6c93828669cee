import Hummingbird
import Shared

/// The control API's runbooks: `GET /v1/runbooks` (a ``RunbookListResponse``),
/// `GET /v1/runbooks/:name` (a ``RunbookInfo``) and `POST /v1/runbooks/:name/run` with a
/// ``RunbookRunRequest`` (a ``RunbookReport``). Answers in maintenance and during a database
/// outage: the steps that cannot look say so, since that is when an operator needs them.
///
/// ```swift
/// RunbookControlRoutes(catalog: RunbookCatalog(context: context)).register(on: router)
/// ```
struct RunbookControlRoutes: Sendable {
    let catalog: RunbookCatalog

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("runbooks") { _, _ in
            try await ControlRoutes.mapErrors { try JSONResponse(RunbookListResponse(runbooks: catalog.runbooks.map(\.info))) }
        }
        v1.get("runbooks/:name") { _, context in
            try await ControlRoutes.mapErrors { try JSONResponse(try runbook(context).info) }
        }
        v1.post("runbooks/:name/run") { request, context in
            try await ControlRoutes.mapErrors {
                let runbook = try runbook(context)
                let body = try await ControlRequestBody.decode(RunbookRunRequest.self, from: request)
                do {
                    return try JSONResponse(try await runbook.run(filter: body.filter, apply: body.apply))
                } catch let refusal as RunbookRefusal {
                    throw HTTPError(.badRequest, message: refusal.description)
                }
            }
        }
    }

    private func runbook(_ context: ControlRequestContext) throws -> any Runbook {
        let name = try context.parameters.require("name")
        guard let runbook = catalog.runbook(named: name) else {
            throw HTTPError(.notFound, message: "no runbook \(name); known: \(catalog.names.joined(separator: ", "))")
        }
        return runbook
    }
}

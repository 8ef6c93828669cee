import Hummingbird
import Shared

/// The control API's `GET /v1/doctor[?check=NAME]` (a ``DoctorReport``) and
/// `GET /v1/doctor/checks` (a ``DoctorCheckListResponse``). Answers in maintenance too: the
/// checks that need the schema say so in their result instead of failing the request. Always in
/// English, whatever the servers' languages: it is the operator's tool, and scripts read its JSON.
///
/// ```swift
/// DoctorControlRoutes(doctor: doctor).register(on: router)
/// ```
struct DoctorControlRoutes: Sendable {
    let doctor: Doctor

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("doctor") { request, _ in
            try await ControlRoutes.mapErrors {
                guard let name = request.uri.queryParameters.get("check") else { return try JSONResponse(await doctor.run(in: .en)) }
                guard let report = await doctor.run(only: name, in: .en) else {
                    throw HTTPError(.notFound, message: "no doctor check \(name); known: \(doctor.names.joined(separator: ", "))")
                }
                return try JSONResponse(report)
            }
        }
        v1.get("doctor/checks") { _, _ in
            try await ControlRoutes.mapErrors { try JSONResponse(doctor.list) }
        }
    }
}

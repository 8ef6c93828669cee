import Foundation
import Shared

/// Runs ``DoctorCheck``s concurrently, each within a timeout, so one hung check (a Discord call
/// stuck behind a rate limit, a database that stopped answering) cannot hang `doctor`.
///
/// ```swift
/// let doctor = Doctor(checks: [MigrationsCheck(migrator: migrator)], timeout: .seconds(10))
/// let report = await doctor.run()                  // every check, in English (`odysseyctl doctor`)
/// let one = await doctor.run(only: "migrations")   // nil for an unknown name
/// let russian = await doctor.run(in: .ru)           // `/admin doctor` on a Russian server
/// ```
struct Doctor: Sendable {
    let checks: [any DoctorCheck]
    var timeout: Duration = .seconds(15)

    var names: [String] { checks.map(\.name) }

    var list: DoctorCheckListResponse {
        DoctorCheckListResponse(checks: checks.map { DoctorCheckInfo(name: $0.name, title: $0.title, summary: $0.summary) })
    }

    /// Nil when `name` names no check.
    func run(only name: String, in language: Language = .en) async -> DoctorReport? {
        guard let check = checks.first(where: { $0.name == name }) else { return nil }
        return DoctorReport(checks: [await Self.run(check, timeout: timeout, in: language)])
    }

    /// English by default: the control API's JSON and the CLI's output do not depend on a server.
    func run(in language: Language = .en) async -> DoctorReport {
        let timeout = self.timeout
        let results = await withTaskGroup(of: (Int, DoctorCheckResult).self) { group in
            for (index, check) in checks.enumerated() {
                group.addTask { (index, await Self.run(check, timeout: timeout, in: language)) }
            }
            var results: [Int: DoctorCheckResult] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }
        // The catalogue's order, not the order they finished in: the same report reads the same.
        return DoctorReport(checks: checks.indices.compactMap { results[$0] })
    }

    static func run(_ check: any DoctorCheck, timeout: Duration, in language: Language = .en) async -> DoctorCheckResult {
        let start = ContinuousClock.now
        let say = DoctorText(language)
        let result = await Deadline.race(timeout: timeout) { await check.run(in: language) }
            ?? .failure(say(MessageKeys.DoctorChecks.timeout, ["seconds": "\(Int(timeout.components.seconds))"]),
                        fix: say(MessageKeys.DoctorChecks.timeoutFix, ["check": check.name]))
        return DoctorCheckResult(name: check.name, title: check.title, status: result.status, summary: result.summary,
                                 details: result.details, fix: result.fix,
                                 durationSeconds: (start.duration(to: .now).seconds * 1000).rounded() / 1000)
    }
}

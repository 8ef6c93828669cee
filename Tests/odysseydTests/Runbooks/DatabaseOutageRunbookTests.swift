import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Runbook: database outage")
struct DatabaseOutageRunbookTests {
    @Test func aHealthyDatabaseListsWhatWillRetry() async throws {
        try await RunbookFixture.with { fixture in
            let id = try await fixture.open("backup.create", state: "retrying", overdue: -120, error: "database unavailable")
            let report = try await DatabaseOutageRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(!report.hasProblems, "\(report.steps)")
            let retry = try #require(report.step("What will retry"))
            #expect(retry.details == ["job \(id) backup.create retrying, 1/5 attempts, next run in 2m: database unavailable"])
            let writes = try #require(report.step("Writes resumed"))
            #expect(writes.details.last?.hasPrefix("not installed in this version: scheduled_posts, raid_claims") == true)
        }
    }

    @Test func anOutageIsAProblemAndTheDatabaseStepsWait() async throws {
        try await RunbookFixture.with { fixture in
            await fixture.health.setDatabase(up: false, problem: "database unreachable: connection refused")
            let report = try await DatabaseOutageRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(report.step("Database")?.status == .problem)
            #expect(report.step("Database")?.details.first == "database unreachable: connection refused")
            #expect(report.step("What is failing")?.status == .problem)
            #expect(report.step("What will retry")?.status == .notChecked)
        }
    }
}

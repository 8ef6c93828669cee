import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Runbook: monthly hall")
struct MonthlyHallRunbookTests {
    @Test func theMissingFeatureIsReportedNotInstalled() async throws {
        try await RunbookFixture.with { fixture in
            let report = try await MonthlyHallRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(!report.hasProblems, "\(report.steps)")
            #expect(report.step("Channel")?.status == .notInstalled)
            #expect(report.step("Card for 2027-01")?.status == .notInstalled, "month_key from the daemon's clock")
            #expect(report.step("Opt-ins")?.status == .notInstalled)
            #expect(report.step("Refresh job")?.status == .ok)
        }
    }

    @Test func aFailedRefreshIsAProblemAndRecreatingACardIsRefused() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.failed("monthly.hall.refresh", id: 9001, error: "no handler registered for monthly.hall.refresh")
            let runbook = MonthlyHallRunbook(context: fixture.context())
            let report = try await runbook.run(filter: RunbookFilter(), apply: false)
            let step = try #require(report.step("Refresh job"))
            #expect(step.status == .problem)
            #expect(step.details.contains { $0.hasSuffix("no handler registered for monthly.hall.refresh") })
            await #expect(throws: RunbookRefusal.self) { try await runbook.run(filter: RunbookFilter(), apply: true) }
        }
    }

    @Test func monthKeyIsUTC() throws {
        let lateInJanuary = try #require(ISO8601DateFormatter().date(from: "2027-01-31T23:30:00Z"))
        #expect(MonthlyHallRunbook.monthKey(lateInJanuary) == "2027-01", "already February in Moscow, still January in UTC")
    }
}

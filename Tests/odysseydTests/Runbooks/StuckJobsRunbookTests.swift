import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Runbook: stuck jobs")
struct StuckJobsRunbookTests {
    @Test func anEmptyQueueFindsNothingAndSaysWhichFeaturesAreMissing() async throws {
        try await RunbookFixture.with { fixture in
            let report = try await StuckJobsRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(!report.hasProblems, "\(report.steps)")
            #expect(report.step("Health")?.status == .ok)
            #expect(report.step("Failed jobs")?.summary == "the dead letter is empty")
            #expect(report.step("Scheduled posts")?.status == .notInstalled)
            #expect(report.step("Scheduled posts")?.summary.contains("not installed in this version") == true)
            #expect(report.step("Mediator repair sessions")?.status == .notInstalled)
            #expect(report.actions.isEmpty)
        }
    }

    @Test func findsFailedAndOverdueJobsWithTheirErrors() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.failed("backup.create", id: 9001, error: "pg_dump not found")
            let overdue = try await fixture.open("duel.round.close", overdue: 900)
            try await fixture.open("weekly.raid.start", overdue: 10)  // due, but only just
            let report = try await StuckJobsRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(report.hasProblems)
            let failed = try #require(report.step("Failed jobs"))
            #expect(failed.status == .problem)
            #expect(failed.details == ["job 9001 backup.create failed, 5/5 attempts: pg_dump not found"])
            let late = try #require(report.step("Overdue jobs"))
            #expect(late.status == .problem)
            #expect(late.details.count == 1 && late.details[0].hasPrefix("job \(overdue) duel.round.close waiting"))
            #expect(report.step("Queue depths")?.status == .problem)
            #expect(report.actions.map(\.description).first?.contains("--apply") == true, "without a filter it only says how to retry")
        }
    }

    @Test func theFilterNarrowsByActionFeatureAndJob() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.failed("backup.create", id: 9001, error: "pg_dump not found")
            try await fixture.failed("duel.round.close", id: 9002, error: "Unknown Message")
            let runbook = StuckJobsRunbook(context: fixture.context())
            let byAction = try await runbook.run(filter: RunbookFilter(action: "backup.create"), apply: false)
            #expect(byAction.step("Failed jobs")?.details.count == 1)
            #expect(byAction.actions == [RunbookActionResult(description: "would retry job 9001 (backup.create)", done: false)])
            let byFeature = try await runbook.run(filter: RunbookFilter(feature: "duels"), apply: false)
            #expect(byFeature.step("Failed jobs")?.details.first?.contains("9002") == true)
            let byJob = try await runbook.run(filter: RunbookFilter(job: 9002), apply: false)
            let detail = try #require(byJob.step("Job 9002"))
            #expect(detail.status == .problem)
            #expect(detail.details.count == 1 && detail.details[0].hasSuffix("Unknown Message"))
            let clean = try await runbook.run(filter: RunbookFilter(action: "mileage.tiers.retry"), apply: false)
            #expect(clean.step("Failed jobs")?.status == .ok)
        }
    }

    @Test func applyRetriesTheSelectedFailedJobsOnly() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.failed("backup.create", id: 9001, error: "pg_dump not found")
            try await fixture.failed("backup.create", id: 9003, error: "disk full")
            try await fixture.failed("duel.round.close", id: 9002, error: "Unknown Message")
            let runbook = StuckJobsRunbook(context: fixture.context())
            let report = try await runbook.run(filter: RunbookFilter(action: "backup.create"), apply: true)
            #expect(report.applied)
            #expect(report.actions.count == 2 && report.actions.allSatisfy(\.done))
            #expect(try await fixture.jobs.count("SELECT count(*) FROM jobs WHERE name = 'backup.create' AND state = 'waiting' AND attempts = 0") == 2)
            #expect(try await fixture.jobs.count("SELECT count(*) FROM jobs_dead_letter") == 1, "the other name's failed job stays")
            let after = try await runbook.run(filter: RunbookFilter(action: "backup.create"), apply: false)
            #expect(after.step("Failed jobs")?.status == .ok)
        }
    }

    @Test func applyWithoutAFilterIsRefused() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.failed("backup.create", id: 9001, error: "pg_dump not found")
            await #expect(throws: RunbookRefusal.self) {
                try await StuckJobsRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: true)
            }
            #expect(try await fixture.jobs.count("SELECT count(*) FROM jobs_dead_letter") == 1)
        }
    }

    @Test func aDatabaseOutageLeavesTheDatabaseStepsUnchecked() async throws {
        try await RunbookFixture.with { fixture in
            await fixture.health.setDatabase(up: false, problem: "connection refused")
            let report = try await StuckJobsRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(report.step("Health")?.status == .problem)
            #expect(report.step("Failed jobs")?.status == .notChecked)
        }
    }
}

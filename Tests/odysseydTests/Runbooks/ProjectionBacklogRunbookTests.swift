import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Runbook: projection backlog")
struct ProjectionBacklogRunbookTests {
    @Test func aRefreshInFlightOnTimeIsNoProblem() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.open("duel.scoreboard.refresh", overdue: 5, singletonKey: "projection:duel_scoreboard:1:7")
            try await fixture.failed("backup.create", id: 9001, error: "not a refresh")
            let report = try await ProjectionBacklogRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(!report.hasProblems, "\(report.steps)")
            let keys = try #require(report.step("Singleton keys in flight"))
            #expect(keys.details.count == 1 && keys.details[0].contains("[projection:duel_scoreboard:1:7]"))
            #expect(report.step("Message editor errors")?.status == .ok)
        }
    }

    @Test func findsAKeyWaitingTooLongAndTheEditorsErrors() async throws {
        try await RunbookFixture.with { fixture in
            try await fixture.open("stage.queue.refresh", overdue: 600, singletonKey: "projection:stage_queue:1:2")
            try await fixture.open("dice.initiative.refresh", state: "retrying", overdue: -30, singletonKey: "projection:initiative:1:3",
                                   error: "Discord answered 429")
            try await fixture.failed("raid.progress.refresh", id: 9001, error: "Missing Access", singletonKey: "projection:raid_progress:1:active")
            try await fixture.failed("raid.progress.refresh", id: 9002, error: "old news", age: 3 * 86_400)
            let report = try await ProjectionBacklogRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: false)
            #expect(report.step("Refresh queues")?.status == .problem)
            #expect(report.step("Refresh queues")?.summary == "behind: stage.queue.refresh")
            let keys = try #require(report.step("Singleton keys in flight"))
            #expect(keys.status == .problem)
            #expect(keys.details.count == 2)
            let errors = try #require(report.step("Message editor errors"))
            #expect(errors.status == .problem)
            #expect(errors.details.count == 2, "the retrying one and the failure of the last day, not the old one")
            #expect(errors.details.contains { $0.hasSuffix("Missing Access") })
            // The filter: only duels' refreshes.
            let duels = try await ProjectionBacklogRunbook(context: fixture.context()).run(filter: RunbookFilter(feature: "duels"), apply: false)
            #expect(!duels.hasProblems)
        }
    }

    @Test func itHasNoAction() async throws {
        _ = try await RunbookFixture.with { fixture in
            await #expect(throws: RunbookRefusal.self) {
                try await ProjectionBacklogRunbook(context: fixture.context()).run(filter: RunbookFilter(), apply: true)
            }
        }
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

/// The daily engagement snapshots the dashboard reads.
@Suite(.serialized) struct MileageEngagementTests {
    typealias Bed = MileageTestbed

    @Test func snapshotsCountActiveMembersEventsAndTopMembers() async throws {
        try await Bed.with { (bed: Bed) async throws in
            let store = MileageEngagementStore(pool: bed.pool, now: { bed.clock.now() })
            let today = MileageEngagementStore.dayStart(Bed.start)
            let yesterday = today.addingTimeInterval(-86_400 + 3600)
            _ = try await bed.engine.award(bed.event(.performedOnStage, at: yesterday))
            _ = try await bed.engine.award(bed.event(.messageSent, at: Bed.start))
            _ = try await bed.engine.award(bed.event(.performedOnStage, at: Bed.start.addingTimeInterval(-7200)))
            _ = try await bed.engine.award(bed.event(.messageSent, user: Bed.ben, at: Bed.start))
            _ = try await bed.engine.award(bed.event(.commandUsed, user: Bed.ben, at: Bed.start))
            // Another guild's events stay in its own snapshot.
            _ = try await bed.engine.award(MileageEvent(guildID: 77, userID: Bed.ada, type: .messageSent, sourceID: "x", occurredAt: Bed.start))
            // A reversed event does not count.
            let wrong = try await bed.engine.adjust(guild: Bed.guild, user: Bed.ada, points: 500, reason: "typo", by: Bed.ben,
                                                    sourceID: "typo", at: Bed.start)
            guard case .applied(let wrongID, _, _, _) = wrong else { Issue.record("\(wrong)"); return }
            _ = try await bed.engine.reverse(event: wrongID, guild: Bed.guild, reason: "typo", by: Bed.ben, at: Bed.start)

            try await store.snapshotRecentDays()
            let report = try await store.report(guild: Bed.guild)
            #expect(report.days.map(\.day) == ["2027-01-15", "2027-01-14"])
            let latest = try #require(report.days.first)
            #expect(latest.activeMembers == 2)
            #expect(latest.eventsByType == ["message_sent": 2, "performed_on_stage": 1, "command_used": 1])
            #expect(latest.topMembers == [
                MileageEngagementReport.Member(userId: Bed.cleo, points: 26, events: 2),
                MileageEngagementReport.Member(userId: Bed.ben, points: 2, events: 2),
            ])
            #expect(report.days.last?.eventsByType == ["performed_on_stage": 1])
            #expect(try await store.report(guild: 77).days.first?.activeMembers == 1)

            // Recomputing replaces the row; the dashboard JSON uses snake_case keys.
            _ = try await bed.engine.award(bed.event(.signUpJoined, user: Bed.ada, at: Bed.start))
            try await store.snapshotRecentDays()
            #expect(try await store.report(guild: Bed.guild).days.first?.activeMembers == 3)
            #expect(try await bed.count("SELECT count(*) FROM mileage_engagement_snapshots WHERE guild_id = $1", [Bed.guild]) == 2)
            let json = String(decoding: try ControlJSON.encoder.encode(report), as: UTF8.self)
            #expect(json.contains("\"active_members\"") && json.contains("\"message_sent\""), "\(json)")
        }
    }
}

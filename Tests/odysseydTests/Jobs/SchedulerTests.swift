import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Scheduler")
struct SchedulerTests {
    /// 2027-01-18 is a Monday.
    static let mondayMorning = ISO8601DateFormatter().date(from: "2027-01-18T06:00:00Z")!

    @Test func seedWritesEveryCatalogScheduleOnce() async throws {
        try await JobFixture.with { fixture in
            let first = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            #expect(first.count == ScheduleCatalog.all.count && first.allSatisfy(\.inserted))
            let second = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            #expect(second.allSatisfy { !$0.inserted })
            let scheduler = Scheduler(queue: fixture.queue(), logger: .test)
            let summaries = try await scheduler.summaries()
            #expect(summaries.count == ScheduleCatalog.all.count)
            #expect(summaries.allSatisfy { $0.enabled && $0.timezone == "UTC" && $0.nextRunAt != nil })
            #expect(Set(summaries.map(\.jobName)).isSubset(of: Set(JobCatalog.all.map(\.name))))
        }
    }

    @Test func twoRunnersEnqueueExactlyOneJobPerSlot() async throws {
        try await JobFixture.with(poolSize: 8) { fixture in
            fixture.clock.set(Self.mondayMorning)
            _ = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            let queue = fixture.queue()
            let daemons = [Scheduler(queue: queue, logger: .test), Scheduler(queue: queue, logger: .test)]
            // Both daemons tick at the same moments, every 30 s for 20 minutes.
            for _ in 0..<40 {
                fixture.clock.advance(by: .seconds(30))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for daemon in daemons {
                        group.addTask { _ = try await daemon.tick() }
                    }
                    try await group.waitForAll()
                }
            }
            // 06:00 → 06:20 UTC: "every 2 minutes" has 10 slots, "every 10 minutes" 2.
            #expect(try await fixture.count("SELECT count(*) FROM jobs WHERE name = 'public.post.publish'") == 10)
            #expect(try await fixture.count("SELECT count(*) FROM jobs WHERE name = 'raid.progress.refresh'") == 2)
            #expect(try await fixture.count("SELECT count(*) FROM job_schedule_slots WHERE job_id IS NULL") == 0)
            let jobs = try await fixture.count("SELECT count(*) FROM jobs")
            #expect(jobs == (try await fixture.count("SELECT count(*) FROM job_schedule_slots")))
        }
    }

    @Test func mondayTenOClockFollowsTheDefaultTimezoneAcrossDST() async throws {
        try await JobFixture.with { fixture in
            _ = try await fixture.pool.query("INSERT INTO settings (key, value) VALUES ('default_timezone', '\"Europe/Berlin\"')")
            // Sunday 2027-03-28 is the spring change in Berlin; start the Monday before.
            fixture.clock.set(ISO8601DateFormatter().date(from: "2027-03-22T00:00:00Z")!)
            _ = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            let scheduler = Scheduler(queue: fixture.queue(), logger: .test)
            let before = try #require(try await scheduler.summaries().first { $0.name == "weekly.horoscope.publish" })
            #expect(before.nextRunAt == ISO8601DateFormatter().date(from: "2027-03-22T09:00:00Z"))
            #expect(before.nextRunLocal == "2027-03-22 10:00 +01:00")

            fixture.clock.set(ISO8601DateFormatter().date(from: "2027-03-22T09:00:30Z")!)
            let ran = try await scheduler.tick()
            #expect(ran.enqueued["weekly.horoscope.publish"]?.count == 1)
            let after = try #require(try await scheduler.summaries().first { $0.name == "weekly.horoscope.publish" })
            // A week later clocks have moved forward: 10:00 CEST is 08:00 UTC.
            #expect(after.nextRunAt == ISO8601DateFormatter().date(from: "2027-03-29T08:00:00Z"))
        }
    }

    @Test func missedSlotsAfterDowntimeRunOnceByDefault() async throws {
        try await JobFixture.with { fixture in
            fixture.clock.set(Self.mondayMorning)
            _ = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            let scheduler = Scheduler(queue: fixture.queue(), logger: .test)
            _ = try await scheduler.tick()
            // Three days without a daemon: 3 daily 09:00 slots, 2160 two-minute slots.
            fixture.clock.advance(by: .seconds(3 * 86_400))
            let report = try await scheduler.tick()
            #expect(report.enqueued["daily.raid.offers.generate"]?.count == 1)
            #expect(report.enqueued["public.post.publish"]?.count == 1)
            let payload = try await fixture.pool.query(
                "SELECT payload->>'slot' FROM jobs WHERE name = 'daily.raid.offers.generate'"
            ).first?.decode(String.self, at: 0)
            #expect(payload == "2027-01-20T09:00:00Z", "the catch-up run is for the latest missed slot")
            #expect(try await scheduler.tick().enqueued.isEmpty, "nothing more until the next slot")
        }
    }

    @Test func catchUpNoneSkipsAndAllRunsEachMissedSlot() async throws {
        try await JobFixture.with { fixture in
            fixture.clock.set(Self.mondayMorning)
            _ = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            _ = try await fixture.pool.query("UPDATE job_schedules SET catch_up = 'none' WHERE name = 'daily.raid.offers.generate'")
            _ = try await fixture.pool.query("UPDATE job_schedules SET catch_up = 'all' WHERE name = 'weekly.raid.start'")
            let scheduler = Scheduler(queue: fixture.queue(), logger: .test)
            fixture.clock.advance(by: .seconds(21 * 86_400))
            let report = try await scheduler.tick()
            #expect(report.enqueued["daily.raid.offers.generate"] == nil)
            #expect(report.enqueued["weekly.raid.start"]?.count == 3)
        }
    }

    @Test func switchingOffStopsSlotsAndSwitchingOnDoesNotReplayThePast() async throws {
        try await JobFixture.with { fixture in
            fixture.clock.set(Self.mondayMorning)
            _ = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            let scheduler = Scheduler(queue: fixture.queue(), logger: .test)
            let off = try #require(try await scheduler.setEnabled("public.post.publish", false))
            #expect(!off.enabled && off.nextRunAt == nil)
            fixture.clock.advance(by: .seconds(600))
            #expect(try await scheduler.tick().enqueued["public.post.publish"] == nil)
            let on = try #require(try await scheduler.setEnabled("public.post.publish", true))
            #expect(on.nextRunAt == fixture.clock.now().addingTimeInterval(120))
            #expect(try await scheduler.tick().enqueued["public.post.publish"] == nil)
            #expect(try await scheduler.setEnabled("no.such.schedule", true) == nil)
        }
    }

    @Test func aBrokenScheduleIsReportedAndSkipped() async throws {
        try await JobFixture.with { fixture in
            fixture.clock.set(Self.mondayMorning)
            _ = try await Scheduler.seed(on: fixture.pool, now: fixture.clock.now())
            _ = try await fixture.pool.query("UPDATE job_schedules SET timezone = 'Mars/Olympus' WHERE name = 'weekly.raid.end'")
            let scheduler = Scheduler(queue: fixture.queue(), logger: .test)
            fixture.clock.advance(by: .seconds(7 * 86_400))
            let report = try await scheduler.tick()
            #expect(report.enqueued["weekly.raid.end"] == nil)
            #expect(report.enqueued["weekly.raid.start"]?.count == 1)
            let broken = try #require(try await scheduler.load().first { $0.name == "weekly.raid.end" })
            #expect(broken.problem?.contains("Mars/Olympus") == true)
        }
    }
}

import Foundation
import Testing
@testable import odysseyd

/// Tier roles granted through Discord (the sandbox): stacking, replacing, the audit log reason,
/// and a role above the bot's failing, recorded for doctor, retried by the job, then granted.
@Suite(.serialized) struct MileageTierTests {
    typealias Bed = MileageTestbed
    static let bronze: UInt64 = 9_001
    static let silver: UInt64 = 9_002
    static let gold: UInt64 = 9_003

    /// Bronze at 10 and silver at 20 (both below the bot's role at 2), gold at 50.
    static func tiers(_ bed: Bed, goldPosition: Int = 1) async throws {
        await bed.addRole(bronze, name: "Bronze", position: 1)
        await bed.addRole(silver, name: "Silver", position: 1)
        await bed.addRole(gold, name: "Gold", position: goldPosition)
        for (threshold, role) in [(10, bronze), (20, silver), (50, gold)] {
            try await bed.config.setTier(MileageTier(threshold: Int64(threshold), roleID: Snowflake(role)), guild: Bed.guild, at: Bed.start)
        }
    }

    static func adjust(_ bed: Bed, to points: Int, source: String) async throws {
        _ = try await bed.engine.adjust(guild: Bed.guild, user: Bed.cleo, points: points, reason: "test", by: Bed.ben, sourceID: source, at: Bed.start)
    }

    static func reasons(_ requests: [SandboxRecordedRequest]) -> [String] {
        requests.map { $0.header("x-audit-log-reason")?.removingPercentEncoding ?? "" }
    }

    static func roleRequests(_ bed: Bed, _ method: String) async -> [SandboxRecordedRequest] {
        await bed.harness.world.requests.filter { $0.method == method && $0.template.hasSuffix("/roles/{role.id}") }
    }

    static func points(_ value: Int64, in language: Language) -> String { MileageText.points(value, in: language) }

    static func reached(_ threshold: Int64, in language: Language) -> String {
        Localizer.text(MessageKeys.Mileage.auditReached, ["threshold": points(threshold, in: language)], in: language)
    }

    @Test func stackedTiersAreGrantedWithAnAuditReason() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await Self.tiers(bed)
            try await Self.adjust(bed, to: 25, source: "a")
            #expect(try await bed.syncJobsWaiting() == 1)
            let outcome = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(outcome.added == [Snowflake(Self.bronze), Snowflake(Self.silver)] && outcome.failed.isEmpty)
            let roles = await bed.roles()
            #expect(roles.contains(Self.bronze) && roles.contains(Self.silver) && !roles.contains(Self.gold))
            #expect(roles.contains(Bed.Demo.memberRoleID), "roles that are not tiers stay")
            let grants = await Self.roleRequests(bed, "PUT")
            #expect(grants.count == 2)
            // The guild has no locale: the reason is in the default language.
            #expect(Self.reasons(grants) == [Self.reached(10, in: .ru), Self.reached(20, in: .ru)])
            // Nothing to change: a second sync sends no role requests.
            await bed.harness.world.clearRequests()
            #expect(try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo) == MileageTierSync.Outcome())
            #expect(await bed.harness.world.requests.filter { $0.template.hasSuffix("/roles/{role.id}") }.isEmpty)
        }
    }

    @Test func anEnglishGuildGetsEnglishAuditReasons() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await bed.setLanguage(.en)
            try await Self.tiers(bed)
            try await Self.adjust(bed, to: 25, source: "a")
            _ = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(Self.reasons(await Self.roleRequests(bed, "PUT")) == ["Mileage tier: reached 10 mi", "Mileage tier: reached 20 mi"])
            try await Self.adjust(bed, to: -20, source: "b")
            _ = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(Self.reasons(await Self.roleRequests(bed, "DELETE")) == [
                "Mileage tier: total 5 mi is below 10 mi", "Mileage tier: total 5 mi is below 20 mi",
            ])
        }
    }

    @Test func replaceModeKeepsOnlyTheHighestTier() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await Self.tiers(bed)
            try await Self.adjust(bed, to: 12, source: "a")
            _ = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(await bed.roles().contains(Self.bronze))
            try await bed.config.setSettings(MileageSettings(tierMode: .replace), guild: Bed.guild, at: Bed.start)
            try await Self.adjust(bed, to: 10, source: "b")
            let outcome = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(outcome.added == [Snowflake(Self.silver)] && outcome.removed == [Snowflake(Self.bronze)])
            let roles = await bed.roles()
            #expect(roles.contains(Self.silver) && !roles.contains(Self.bronze))
            #expect(Self.reasons(await Self.roleRequests(bed, "DELETE")) == [Localizer.text(MessageKeys.Mileage.auditReplaced, in: .ru)])
            // A reversal below every threshold takes the tier away.
            await bed.harness.world.clearRequests()
            try await Self.adjust(bed, to: -20, source: "c")
            _ = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(await !bed.roles().contains(Self.silver))
            #expect(Self.reasons(await Self.roleRequests(bed, "DELETE")) == [
                Localizer.text(MessageKeys.Mileage.auditBelow, ["total": Self.points(2, in: .ru), "threshold": Self.points(20, in: .ru)], in: .ru),
            ])
        }
    }

    @Test func aRoleAboveTheBotIsRecordedRetriedAndThenGranted() async throws {
        try await Bed.with { (bed: Bed) async throws in
            // Gold sits above the bot's own role (2): Discord answers 50013 Missing Permissions.
            try await Self.tiers(bed, goldPosition: 3)
            try await Self.adjust(bed, to: 60, source: "a")
            var queue = JobQueue(database: bed.pool, handlers: bed.handlers)
            queue.clock = bed.clock
            var claimed = try await queue.claim(name: MileageTierSync.job.name, limit: 1, worker: "test")
            let first = try #require(claimed.first)
            let handler = try #require(bed.handlers.handler(for: MileageTierSync.job.name))
            await #expect(throws: MileageTierSync.Incomplete.self) { try await handler(JobContext(job: first, logger: .test)) }
            #expect(try await queue.fail(first, worker: "test", error: "incomplete", permanent: false) != .failed)
            // The grantable tiers went through; gold is waiting, with the reason, for doctor.
            var roles = await bed.roles()
            #expect(roles.contains(Self.bronze) && roles.contains(Self.silver) && !roles.contains(Self.gold))
            let failures = try await MileageRoleFailureStore(database: bed.pool).all()
            #expect(failures.map(\.roleID) == [Snowflake(Self.gold)])
            #expect(failures.first?.error.contains("50013") == true)
            #expect(failures.first?.attempts == 1)
            let findings = try await MileageRoleFailureStore(database: bed.pool).doctorFindings()
            #expect(findings.count == 1 && findings[0].contains("tier role \(Self.gold)") && findings[0].contains("Manage Roles"))

            // The hourly retry finds the member again while the job waits for its backoff.
            try await bed.sync.enqueueRetries()
            _ = try await bed.sync.sync(guild: Bed.guild, user: Bed.cleo)
            #expect(try await MileageRoleFailureStore(database: bed.pool).all().first?.attempts == 2)

            // The operator moves Gold below the bot's role; the retried job grants it and clears the failure.
            await bed.addRole(Self.gold, name: "Gold", position: 1)
            bed.clock.advance(by: .seconds(7200))
            claimed = try await queue.claim(name: MileageTierSync.job.name, limit: 1, worker: "test")
            let retry = try #require(claimed.first)
            try await handler(JobContext(job: retry, logger: .test))
            roles = await bed.roles()
            #expect(roles.contains(Self.gold))
            #expect(try await MileageRoleFailureStore(database: bed.pool).all().isEmpty)
        }
    }

    @Test func aMemberWhoLeftIsNotAFailure() async throws {
        try await Bed.with { (bed: Bed) async throws in
            try await Self.tiers(bed)
            _ = try await bed.engine.adjust(guild: Bed.guild, user: 424_242, points: 30, reason: "x", by: Bed.ben, sourceID: "gone", at: Bed.start)
            let outcome = try await bed.sync.sync(guild: Bed.guild, user: 424_242)
            #expect(outcome.memberGone && outcome.failed.isEmpty)
        }
    }

    @Test func thePlanComputesStackAndReplace() {
        let tiers = [MileageTier(threshold: 10, roleID: 1), MileageTier(threshold: 20, roleID: 2), MileageTier(threshold: 30, roleID: 3)]
        let stack = MileageTierPlan(total: 25, tiers: tiers, mode: .stack, current: [2, 3, 99])
        #expect(stack.add == [1] && stack.remove == [3])
        let replace = MileageTierPlan(total: 25, tiers: tiers, mode: .replace, current: [1, 99])
        #expect(replace.add == [2] && replace.remove == [1])
        #expect(MileageTierPlan(total: 5, tiers: tiers, mode: .replace, current: [99]).isEmpty)
    }
}

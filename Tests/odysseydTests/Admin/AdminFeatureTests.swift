import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/admin` through the sandbox and a real PostgreSQL: Manage Server required, changes applied
/// and audited with the member's id.
@Suite("Admin commands")
struct AdminFeatureTests {
    typealias Demo = SandboxWorld.Demo
    static let guild = Snowflake(Demo.guildID)

    static let report = DoctorReport(checks: [
        DoctorCheckResult(name: "setup", title: "Setup rows", status: .failure, summary: "2 rows missing", fix: "odysseyctl seed"),
    ])

    func withAdmin(_ body: (FeatureSandbox) async throws -> Void) async throws {
        try await FeatureSandbox.with(module: { pool, queue in
            AdminFeature(flags: FeatureFlags(database: pool), pool: pool, settings: GuildSettingsStore(pool: pool),
                         scheduler: Scheduler(queue: queue, logger: .test), health: DaemonHealth(), queues: JobInspector(queue: queue),
                         doctor: { Self.report })
        }) { sandbox, _ in
            try await body(sandbox)
        }
    }

    func answer(_ sandbox: FeatureSandbox, _ line: String, as user: UInt64 = Demo.benUserID) async throws -> SandboxInteractionOutcome {
        let outcome = try await sandbox.run(line, as: user, channel: Demo.generalChannelID)
        #expect(outcome.ephemeral, "every /admin answer is private: \(outcome)")
        return outcome
    }

    @Test func membersWithoutManageServerAreRefused() async throws {
        try await withAdmin { sandbox in
            let refused = try await answer(sandbox, "/admin feature set name:dice state:off", as: Demo.cleoUserID)
            #expect(refused.response?.content.contains("Manage Server") == true, "\(refused)")
            #expect(try await FeatureFlags(database: sandbox.pool).isEnabled("dice", guild: Self.guild))
        }
    }

    @Test func featuresSwitchPerServerAndAreAudited() async throws {
        try await withAdmin { sandbox in
            let off = try await answer(sandbox, "/admin feature set name:dice state:off")
            #expect(off.response?.content == "Switched off in this server: dice.", "\(off)")
            let flags = FeatureFlags(database: sandbox.pool)
            #expect(try await !flags.isEnabled("dice", guild: Self.guild))
            let again = try await answer(sandbox, "/admin feature set name:dice state:off")
            #expect(again.response?.content.hasPrefix("Nothing changed") == true)
            let all = try await answer(sandbox, "/admin feature enable-all")
            #expect(all.response?.content.contains("dice") == true)
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            // enable-all switched on what was off: dice here, and faceit, which is off by default.
            #expect(Set(audit.map { "\($0.action) \($0.target)" }) == ["feature.disable dice", "feature.enable dice", "feature.enable faceit"])
            #expect(audit.allSatisfy { $0.source == "discord" && $0.actor == String(Demo.benUserID) })
        }
    }

    @Test func localeAndTimezoneAreValidatedStoredAndAudited() async throws {
        try await withAdmin { sandbox in
            #expect(try await answer(sandbox, "/admin config get key:locale").response?.content == "`locale` is `ru`.")
            let set = try await answer(sandbox, "/admin config set key:locale value:en")
            #expect(set.response?.content == "`locale`: `ru` → `en`.", "\(set)")
            let bad = try await answer(sandbox, "/admin config set key:timezone value:Mars/Olympus")
            #expect(bad.response?.content.hasPrefix("Not changed: timezone must be an IANA zone") == true, "\(bad)")
            _ = try await answer(sandbox, "/admin config set key:timezone value:Europe/Moscow")
            let zone = try await GuildSettingsStore(pool: sandbox.pool).value(of: .timezone, guild: Self.guild)
            #expect(zone == "Europe/Moscow")
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map(\.target) == ["timezone", "locale"])
            #expect(audit.last?.before == .string("ru") && audit.last?.after == .string("en"))
        }
    }

    @Test func schedulesStatusAndDoctor() async throws {
        try await withAdmin { sandbox in
            _ = try await sandbox.pool.withTransaction { tx in try await Scheduler.seed(on: tx, now: Date()) }
            let off = try await answer(sandbox, "/admin schedule name:weekly.checkin.nudge state:off")
            #expect(off.response?.content.hasPrefix("Schedule `weekly.checkin.nudge` is off") == true, "\(off)")
            let schedules = try await Scheduler(queue: sandbox.queue, logger: .test).summaries()
            #expect(schedules.first { $0.name == "weekly.checkin.nudge" }?.enabled == false)
            let unknown = try await answer(sandbox, "/admin schedule name:nope state:on")
            #expect(unknown.response?.content == "There is no schedule called `nope`.")
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map(\.action) == ["schedule.disable"])

            let status = try await answer(sandbox, "/admin status")
            #expect(status.response?.embeds.first?["title"]?.stringValue?.hasPrefix("Odyssey \(OdysseyVersion.current)") == true, "\(status)")
            let doctor = try await answer(sandbox, "/admin doctor")
            #expect("\(doctor.response?.embeds ?? [])".contains("Setup rows"), "\(doctor)")
        }
    }
}

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
                         doctor: { _ in Self.report })
        }) { sandbox, _ in
            try await body(sandbox)
        }
    }

    func answer(_ sandbox: FeatureSandbox, _ line: String, as user: UInt64 = Demo.benUserID) async throws -> SandboxInteractionOutcome {
        let outcome = try await sandbox.run(line, as: user, channel: Demo.generalChannelID)
        #expect(outcome.ephemeral, "every /admin answer is private: \(outcome)")
        return outcome
    }

    func ru(_ key: String, _ values: [String: String] = [:]) -> String {
        Localizer.text(key, values, in: .ru)
    }

    @Test func membersWithoutManageServerAreRefused() async throws {
        try await withAdmin { sandbox in
            let refused = try await answer(sandbox, "/admin feature set name:dice state:off", as: Demo.cleoUserID)
            #expect(refused.response?.content == AdminAccess.refusalText(in: .ru), "\(refused)")
            #expect(refused.response?.content.contains("«Управлять сервером»") == true, "the permission as Discord's Russian client names it")
            #expect(AdminAccess.refusalText(in: .en).contains("Manage Server"))
            #expect(try await FeatureFlags(database: sandbox.pool).isEnabled("dice", guild: Self.guild))
        }
    }

    @Test func featuresSwitchPerServerAndAreAudited() async throws {
        try await withAdmin { sandbox in
            let off = try await answer(sandbox, "/admin feature set name:dice state:off")
            #expect(off.response?.content == ru(MessageKeys.Admin.featureSwitchedOff, ["features": "dice"]), "\(off)")
            #expect(off.response?.content == "Выключено на этом сервере: dice.")
            let flags = FeatureFlags(database: sandbox.pool)
            #expect(try await !flags.isEnabled("dice", guild: Self.guild))
            let again = try await answer(sandbox, "/admin feature set name:dice state:off")
            #expect(again.response?.content == ru(MessageKeys.Admin.featureUnchangedOff, ["features": "dice"]))
            let all = try await answer(sandbox, "/admin feature enable-all")
            #expect(all.response?.content == ru(MessageKeys.Admin.featureSwitchedOn, ["features": "faceit, dice"]), "\(all)")
            let allAgain = try await answer(sandbox, "/admin feature enable-all")
            #expect(allAgain.response?.content == ru(MessageKeys.Admin.featureAllUnchangedOn))
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            // enable-all switched on what was off: dice here, and faceit, which is off by default.
            #expect(Set(audit.map { "\($0.action) \($0.target)" }) == ["feature.disable dice", "feature.enable dice", "feature.enable faceit"])
            #expect(audit.allSatisfy { $0.source == "discord" && $0.actor == String(Demo.benUserID) })
        }
    }

    @Test func localeAndTimezoneAreValidatedStoredAndAudited() async throws {
        try await withAdmin { sandbox in
            #expect(try await answer(sandbox, "/admin config get key:locale").response?.content
                == ru(MessageKeys.Admin.configValue, ["key": "locale", "value": "`ru`"]))
            #expect(try await answer(sandbox, "/admin config get key:timezone").response?.content
                == "`timezone`: не задано (действует значение по умолчанию).")
            let bad = try await answer(sandbox, "/admin config set key:timezone value:Mars/Olympus")
            #expect(bad.response?.content == AdminSettingText.invalid(.timezone, value: "Mars/Olympus", in: .ru), "\(bad)")
            #expect(bad.response?.content.hasPrefix("Ничего не изменено: для timezone нужно указать часовой пояс IANA") == true)
            _ = try await answer(sandbox, "/admin config set key:timezone value:Europe/Moscow")
            let zone = try await GuildSettingsStore(pool: sandbox.pool).value(of: .timezone, guild: Self.guild)
            #expect(zone == "Europe/Moscow")
            // Set last: the new locale answers in itself, and later replies would race the language cache.
            let set = try await answer(sandbox, "/admin config set key:locale value:en")
            #expect(set.response?.content == "`locale`: `ru` → `en`.", "\(set)")
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map(\.target) == ["locale", "timezone"])
            #expect(audit.first?.before == .string("ru") && audit.first?.after == .string("en"))
        }
    }

    @Test func schedulesStatusAndDoctor() async throws {
        try await withAdmin { sandbox in
            _ = try await sandbox.pool.withTransaction { tx in try await Scheduler.seed(on: tx, now: Date()) }
            let off = try await answer(sandbox, "/admin schedule name:weekly.checkin.nudge state:off")
            #expect(off.response?.content == ru(MessageKeys.Admin.scheduleSwitchedOff, ["name": "`weekly.checkin.nudge`"]), "\(off)")
            let schedules = try await Scheduler(queue: sandbox.queue, logger: .test).summaries()
            #expect(schedules.first { $0.name == "weekly.checkin.nudge" }?.enabled == false)
            let unknown = try await answer(sandbox, "/admin schedule name:nope state:on")
            #expect(unknown.response?.content == ru(MessageKeys.Admin.scheduleUnknown, ["name": "`nope`"]))
            #expect(unknown.response?.content == "Расписания `nope` нет.")
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map(\.action) == ["schedule.disable"])

            let status = try await answer(sandbox, "/admin status")
            let title = status.response?.embeds.first?["title"]?.stringValue
            #expect(title?.hasPrefix("Odyssey \(OdysseyVersion.current) — ") == true, "\(status)")
            let states = [MessageKeys.Admin.statusHealthy, MessageKeys.Admin.statusDegraded].map { ru($0) }
            #expect(states.contains { title?.hasSuffix($0) == true }, "\(status)")
            #expect("\(status.response?.embeds ?? [])".contains(ru(MessageKeys.Admin.statusQueued)))
            let doctor = try await answer(sandbox, "/admin doctor")
            #expect("\(doctor.response?.embeds ?? [])".contains("Начальные настройки"), "\(doctor)")
            #expect(doctor.response?.embeds.first?["title"]?.stringValue == "Диагностика")
        }
    }

    @Test func aServerSetToEnglishGetsEnglish() async throws {
        try await withAdmin { sandbox in
            try await sandbox.setLanguage(.en)
            let off = try await answer(sandbox, "/admin feature set name:dice state:off")
            #expect(off.response?.content == "Switched off in this server: dice.", "\(off)")
            let again = try await answer(sandbox, "/admin feature set name:dice state:off")
            #expect(again.response?.content == "Nothing changed: dice was already off here.")
            #expect(try await answer(sandbox, "/admin config get key:timezone").response?.content
                == "`timezone` is not set (the server default applies).")
            #expect(try await answer(sandbox, "/admin schedule name:nope state:on").response?.content == "There is no schedule called `nope`.")
            let refused = try await answer(sandbox, "/admin config get key:locale", as: Demo.cleoUserID)
            #expect(refused.response?.content
                == "You need the Manage Server permission or this server's admin role (`admin_role`) to use /admin.")
            let doctor = try await answer(sandbox, "/admin doctor")
            #expect(doctor.response?.embeds.first?["title"]?.stringValue == "Doctor")
            #expect("\(doctor.response?.embeds ?? [])".contains("Setup rows"), "\(doctor)")
            let status = try await answer(sandbox, "/admin status")
            #expect("\(status.response?.embeds ?? [])".contains("Failed (dead letter)"), "\(status)")
        }
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

/// `/admin config` over the whole settings registry through the sandbox, and who may use
/// `/admin`: Manage Server, or the role configured as `admin_role`.
@Suite("Config through /admin")
struct ConfigAdminCommandTests {
    typealias Demo = SandboxWorld.Demo
    static let guild = Snowflake(Demo.guildID)

    func withAdmin(_ body: (FeatureSandbox) async throws -> Void) async throws {
        try await FeatureSandbox.with(module: { pool, queue, languages in
            AdminFeature(flags: FeatureFlags(database: pool), pool: pool, settings: GuildSettingsStore(pool: pool),
                         scheduler: Scheduler(queue: queue, logger: .test), health: DaemonHealth(), queues: JobInspector(queue: queue),
                         doctor: { _ in DoctorReport(checks: []) }, languages: languages)
        }) { sandbox, _ in
            try await body(sandbox)
        }
    }

    func say(_ sandbox: FeatureSandbox, _ line: String, as user: UInt64 = Demo.benUserID) async throws -> String {
        let outcome = try await sandbox.run(line, as: user, channel: Demo.generalChannelID)
        #expect(outcome.ephemeral, "every /admin answer is private: \(outcome)")
        return outcome.response?.content ?? "\(outcome)"
    }

    @Test func everyKeyIsAChoiceOfTheCommand() throws {
        let config = try #require(AdminCommandDefinition.admin.options?.first { $0.name == "config" })
        let set = try #require(config.options?.first { $0.name == "set" })
        let choices = try #require(set.options?.first { $0.name == "key" }?.choices)
        #expect(choices.map(\.name) == GuildSettingsStore.Key.allCases.map(\.rawValue))
        #expect(choices.count <= 25, "Discord allows 25 choices")
    }

    /// A reply as the catalog writes it in the guild's default language.
    func ru(_ key: String, _ values: [String: String] = [:]) -> String {
        Localizer.text(key, values, in: .ru)
    }

    func changed(_ key: String, _ before: String?, _ after: String?, in language: Language = .ru) -> String {
        Localizer.text(MessageKeys.Admin.configChanged, ["key": key, "before": AdminSettingText.value(before, in: language),
                                                         "after": AdminSettingText.value(after, in: language)], in: language)
    }

    @Test func featureSettingsAreSetAndReadByKey() async throws {
        try await withAdmin { sandbox in
            let stage = try await say(sandbox, "/admin config set key:stage_queue.stage_channel value:<#\(Demo.stageChannelID)>")
            #expect(stage == changed("stage_queue.stage_channel", nil, String(Demo.stageChannelID)))
            #expect(stage == "`stage_queue.stage_channel`: не задано → `\(Demo.stageChannelID)`.", "the default language is ru")
            #expect(try await say(sandbox, "/admin config set key:stage_queue.stage_integration value:on")
                == changed("stage_queue.stage_integration", "off", "on"))
            #expect(try await say(sandbox, "/admin config get key:mileage.tier_mode")
                == ru(MessageKeys.Admin.configValue, ["key": "mileage.tier_mode", "value": "`stack`"]))
            let bad = try await say(sandbox, "/admin config set key:mileage.moderator_role value:mods")
            #expect(bad == AdminSettingText.invalid(.moderatorRole, value: "mods", in: .ru))
            #expect(bad == "Ничего не изменено: для mileage.moderator_role нужно указать id (цифрами или упоминанием #канала / @роли) или unset, чтобы очистить.")
            #expect(try await say(sandbox, "/admin config set key:mileage.tier_mode value:unset")
                == ru(MessageKeys.Admin.configCannotUnset, ["key": "mileage.tier_mode", "expected": "stack или replace"]))
            #expect(try await StageQueueSettingsStore.load(guild: Self.guild, on: sandbox.pool).promotesOnStage)
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map(\.target) == ["stage_queue.stage_integration", "stage_queue.stage_channel"])
            #expect(audit.allSatisfy { $0.source == "discord" && $0.actor == String(Demo.benUserID) })
        }
    }

    @Test func theAdminRoleLetsAMemberWithoutManageServerIn() async throws {
        try await withAdmin { sandbox in
            let refused = try await say(sandbox, "/admin config get key:locale", as: Demo.cleoUserID)
            #expect(refused == AdminAccess.refusalText(in: .ru))
            #expect(refused.contains("«Управлять сервером»") && refused.contains("admin_role"))

            // Cleo has the Member role, ben (Manage Server) makes it the admin role. The locale
            // stays ru here: the responder caches a guild's language for a few seconds.
            #expect(try await say(sandbox, "/admin config set key:admin_role value:<@&\(Demo.memberRoleID)>")
                == changed("admin_role", nil, String(Demo.memberRoleID)))
            #expect(try await say(sandbox, "/admin config set key:timezone value:Europe/Moscow", as: Demo.cleoUserID)
                == changed("timezone", nil, "Europe/Moscow"))
            #expect(try await say(sandbox, "/admin feature set name:dice state:off", as: Demo.cleoUserID)
                == ru(MessageKeys.Admin.featureSwitchedOff, ["features": "dice"]))

            #expect(try await say(sandbox, "/admin config set key:admin_role value:unset") == changed("admin_role", String(Demo.memberRoleID), nil))
            #expect(try await say(sandbox, "/admin config set key:timezone value:UTC", as: Demo.cleoUserID) == AdminAccess.refusalText(in: .ru))
            #expect(try await GuildSettingsStore(pool: sandbox.pool).value(of: .timezone, guild: Self.guild) == "Europe/Moscow")
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.filter { $0.actor == String(Demo.cleoUserID) }.map(\.target) == ["dice", "timezone"])
        }
    }

    @Test func settingTheLocaleAnswersInTheNewLanguage() async throws {
        try await withAdmin { sandbox in
            // Answered in Russian first, so the responder has the guild's language cached.
            #expect(try await say(sandbox, "/admin config get key:timezone")
                    == ru(MessageKeys.Admin.configValue, ["key": "timezone", "value": ru(MessageKeys.Admin.configDefaultApplies)]))
            let set = try await say(sandbox, "/admin config set key:locale value:en")
            #expect(set == "`locale`: `ru` → `en`.")
            // The very next interaction is in English: the change cleared the cache.
            #expect(try await say(sandbox, "/admin config get key:timezone")
                    == Localizer.text(MessageKeys.Admin.configValue, ["key": "timezone",
                                      "value": Localizer.text(MessageKeys.Admin.configDefaultApplies, in: .en)], in: .en))
            #expect(try await GuildSettingsStore(pool: sandbox.pool).value(of: .locale, guild: Self.guild) == "en")
            #expect(AdminSettingText.invalid(.locale, value: "de", in: .en) == "Not changed: locale must be ru or en.")
            #expect(AdminSettingText.invalid(.locale, value: "de", in: .ru) == "Ничего не изменено: для locale нужно указать ru или en.")
            #expect(AdminSettingText.invalid(.timezone, value: "Mars/Olympus", in: .en)
                == "Not changed: timezone must be an IANA zone such as Europe/Moscow or UTC, or unset.")
            #expect(AdminSettingText.invalid(.stageIntegration, value: "unset", in: .en)
                == "Not changed: stage_queue.stage_integration cannot be unset: it must be on or off.")
        }
    }
}

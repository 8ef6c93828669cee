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
        try await FeatureSandbox.with(module: { pool, queue in
            AdminFeature(flags: FeatureFlags(database: pool), pool: pool, settings: GuildSettingsStore(pool: pool),
                         scheduler: Scheduler(queue: queue, logger: .test), health: DaemonHealth(), queues: JobInspector(queue: queue),
                         doctor: { DoctorReport(checks: []) })
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

    @Test func featureSettingsAreSetAndReadByKey() async throws {
        try await withAdmin { sandbox in
            let stage = try await say(sandbox, "/admin config set key:stage_queue.stage_channel value:<#\(Demo.stageChannelID)>")
            #expect(stage == "`stage_queue.stage_channel`: not set → `\(Demo.stageChannelID)`.")
            #expect(try await say(sandbox, "/admin config set key:stage_queue.stage_integration value:on")
                == "`stage_queue.stage_integration`: `off` → `on`.")
            #expect(try await say(sandbox, "/admin config get key:mileage.tier_mode") == "`mileage.tier_mode` is `stack`.")
            let bad = try await say(sandbox, "/admin config set key:mileage.moderator_role value:mods")
            #expect(bad == "Not changed: mileage.moderator_role must be an id (digits, or a #channel / @role mention), or unset.")
            #expect(try await StageQueueSettingsStore.load(guild: Self.guild, on: sandbox.pool).promotesOnStage)
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map(\.target) == ["stage_queue.stage_integration", "stage_queue.stage_channel"])
            #expect(audit.allSatisfy { $0.source == "discord" && $0.actor == String(Demo.benUserID) })
        }
    }

    @Test func theAdminRoleLetsAMemberWithoutManageServerIn() async throws {
        try await withAdmin { sandbox in
            let refused = try await say(sandbox, "/admin config get key:locale", as: Demo.cleoUserID)
            #expect(refused == AdminAccess.refusalText)
            #expect(refused.contains("Manage Server") && refused.contains("admin_role"))

            // Cleo has the Member role, ben (Manage Server) makes it the admin role.
            #expect(try await say(sandbox, "/admin config set key:admin_role value:<@&\(Demo.memberRoleID)>")
                == "`admin_role`: not set → `\(Demo.memberRoleID)`.")
            #expect(try await say(sandbox, "/admin config set key:locale value:en", as: Demo.cleoUserID) == "`locale`: `ru` → `en`.")
            #expect(try await say(sandbox, "/admin feature set name:dice state:off", as: Demo.cleoUserID) == "Switched off in this server: dice.")

            #expect(try await say(sandbox, "/admin config set key:admin_role value:unset") == "`admin_role`: `\(Demo.memberRoleID)` → not set.")
            #expect(try await say(sandbox, "/admin config set key:locale value:ru", as: Demo.cleoUserID) == AdminAccess.refusalText)
            #expect(try await GuildSettingsStore(pool: sandbox.pool).value(of: .locale, guild: Self.guild) == "en")
            let audit = try await AdminAudit(database: sandbox.pool).list(guild: Self.guild, limit: 10)
            #expect(audit.filter { $0.actor == String(Demo.cleoUserID) }.map(\.target) == ["dice", "locale"])
        }
    }
}

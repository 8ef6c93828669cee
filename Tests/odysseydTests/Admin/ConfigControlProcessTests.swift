import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// `odysseyctl config` against a running odysseyd.
@Suite("Config, end to end")
struct ConfigControlProcessTests {
    @Test func setAndGetSettingsOfOneServerAndSeeThemAudited() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await DaemonProcessTests.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            #expect(try await daemon.ctl("migrate").status == 0)

            let list = try await daemon.json(ConfigListReport.self, "config", "ls", "--guild", "500")
            #expect(list.guildId == "500")
            #expect(list.settings.map(\.key) == GuildSettingsStore.Key.allCases.map(\.rawValue))
            #expect(list.settings.first { $0.key == "locale" } == ConfigSettingReport(
                key: "locale", value: "ru", defaultValue: "ru", expected: "ru or en", optional: false,
                description: "Language of the bot's replies in this server"))

            let set = try await daemon.json(ConfigSetReport.self, "config", "set", "mileage.moderator_role", "1191168914269274200", "--guild", "500")
            #expect(set.changed && set.before == nil && set.after == "1191168914269274200")
            let get = try await daemon.json(ConfigSettingReport.self, "config", "get", "mileage.moderator_role", "--guild", "500")
            #expect(get.value == "1191168914269274200" && get.optional)
            let elsewhere = try await daemon.json(ConfigSettingReport.self, "config", "get", "mileage.moderator_role", "--guild", "501")
            #expect(elsewhere.value == nil)

            let text = try await daemon.ctl("config", "ls", "--guild", "500")
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix("mileage.moderator_role") && $0.contains("1191168914269274200") },
                    "\(text.stdout)")

            let invalid = try await daemon.ctl("config", "set", "mileage.tier_mode", "both", "--guild", "500")
            #expect(invalid.status == OdysseyExitCode.failed.rawValue)
            #expect(invalid.stderr.contains("mileage.tier_mode must be stack or replace"), "\(invalid.stderr)")
            let unknown = try await daemon.ctl("config", "get", "colour", "--guild", "500")
            #expect(unknown.status == OdysseyExitCode.failed.rawValue)
            #expect(unknown.stderr.contains("unknown setting \"colour\""), "\(unknown.stderr)")
            let noGuild = try await daemon.ctl("config", "ls")
            #expect(noGuild.status == OdysseyExitCode.usage.rawValue, "\(noGuild)")

            let audit = try await daemon.json(AuditReport.self, "audit", "--guild", "500")
            let entry = try #require(audit.entries.first)
            #expect(audit.entries.count == 1)
            #expect(entry.action == "config.set" && entry.target == "mileage.moderator_role" && entry.source == "odysseyctl")
            #expect(entry.before == nil && entry.after == .string("1191168914269274200"))
            #expect(entry.actor.hasPrefix("uid \(getuid())"), "\(entry.actor)")

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
        }
    }
}

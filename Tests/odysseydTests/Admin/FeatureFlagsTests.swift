import Foundation
import Shared
import Testing
@testable import odysseyd

/// Feature switches per guild over the global flags and the catalog defaults, the audit trail
/// they write, and the responder's notice for a switched-off feature. Real PostgreSQL.
@Suite("Feature switches and the audit trail")
struct FeatureFlagsTests {
    static let guild: Snowflake = 6
    static let other: Snowflake = 7
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    func withFlags(_ body: (FeatureFlags, PostgresPool) async throws -> Void) async throws {
        try await TestDatabase.with { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            try await body(FeatureFlags(database: pool), pool)
        }
    }

    @Test func aGuildSwitchWinsOverTheGlobalFlagWhichWinsOverTheDefault() async throws {
        try await withFlags { flags, pool in
            let fresh = try await flags.states(guild: Self.guild)
            let faceit = try #require(fresh.first { $0.name == "faceit" })
            #expect(!faceit.enabled && faceit.source == .default)

            _ = try await flags.set(["faceit"], enabled: true, guild: nil, by: .operator(uid: 0), at: Self.at, pool: pool)
            _ = try await flags.set(["dice"], enabled: false, guild: Self.guild, by: .member(42), at: Self.at, pool: pool)
            let states = try await flags.states(guild: Self.guild)
            #expect(states.first { $0.name == "faceit" }?.source == .global)
            let dice = try #require(states.first { $0.name == "dice" })
            #expect(!dice.enabled && dice.source == .guild)
            #expect(dice.summary == "dice roller, characters, initiative", "the operator's reports read the en catalog")
            #expect(try await flags.isEnabled("dice", guild: Self.guild) == false)
            #expect(try await flags.isEnabled("dice", guild: Self.other) == true, "another server keeps the global state")
            #expect(try await flags.isEnabled("faceit", guild: Self.other) == true)
            #expect(try await flags.isEnabled("core", guild: Self.guild) == true)
        }
    }

    @Test func everyChangeIsAuditedOnceWithBeforeAndAfter() async throws {
        try await withFlags { flags, pool in
            let changed = try await flags.set(nil, enabled: false, guild: Self.guild, by: .member(42), at: Self.at, pool: pool)
            #expect(changed == FeatureCatalog.all.filter(\.enabledByDefault).map(\.name), "faceit was already off")
            let again = try await flags.set(["dice"], enabled: false, guild: Self.guild, by: .member(42), at: Self.at, pool: pool)
            #expect(again.isEmpty)
            let entries = try await AdminAudit(database: pool).list(guild: Self.guild, limit: 100)
            #expect(entries.count == changed.count, "no entry for what did not change")
            let dice = try #require(entries.first { $0.target == "dice" })
            #expect(dice.action == "feature.disable" && dice.source == "discord" && dice.actor == "42")
            #expect(dice.before == .bool(true) && dice.after == .bool(false))
            #expect(try await AdminAudit(database: pool).list(guild: Self.other, limit: 100).isEmpty)
        }
    }

    @Test func anUnknownFeatureChangesNothing() async throws {
        try await withFlags { flags, pool in
            await #expect(throws: UnknownFeature.self) {
                _ = try await flags.set(["dice", "juggling"], enabled: false, guild: Self.guild, by: .operator(uid: 0), at: Self.at, pool: pool)
            }
            await #expect(throws: UnknownFeature.self) {
                _ = try await flags.set(["core"], enabled: false, guild: nil, by: .operator(uid: 0), at: Self.at, pool: pool)
            }
            let stillOn = try await flags.isEnabled("dice", guild: Self.guild)
            #expect(stillOn)
            let audited = try await AdminAudit(database: pool).list(guild: nil, limit: 10)
            #expect(audited.isEmpty)
        }
    }

    @Test func aSwitchedOffFeatureAnswersWithANoticeAndRunsNothing() async throws {
        try await withFlags { flags, pool in
            _ = try await flags.set(["dice"], enabled: false, guild: Self.guild, by: .member(42), at: Self.at, pool: pool)
            let ran = Counter()
            var router = InteractionRouter()
            router.command(["roll", "dice"], options: InteractionHandlerOptions(feature: "dice")) { _ in
                await ran.increment()
                return .message(MessagePayload(content: "4"))
            }
            try await withRESTClient(baseURL: "http://127.0.0.1:9", token: "t") { rest in
                let responder = InteractionResponder(router: router, rest: rest, applicationID: 1, now: { Date() }, features: flags, logger: .test)
                guard case .immediate(.message(let notice)) = await responder.start(try PrivateOptionTests.roll(private: nil)) else {
                    Issue.record("expected an immediate notice"); return
                }
                // The responder's notice and the feature's summary, both in the default language (ru).
                let summary = try #require(FeatureCatalog.feature(named: "dice")).summary(in: .ru)
                #expect(notice.content == Localizer.text(MessageKeys.Interaction.featureOff, ["feature": summary], in: .ru), "\(notice)")
                #expect(notice.content?.hasPrefix("Здесь это выключено: кубики, персонажи и инициатива.") == true, "\(notice)")
                #expect(notice.flags?.contains(.ephemeral) == true)
                #expect(await ran.count == 0)
            }
        }
    }
}

private actor Counter {
    private(set) var count = 0
    func increment() { count += 1 }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

/// The per-guild settings registry against a real PostgreSQL: every key reads and writes its own
/// typed column, is audited with before and after, and refuses bad values without writing.
@Suite("Config settings registry")
struct ConfigSettingsTests {
    static let guild: Snowflake = 9
    static let other: Snowflake = 10
    static let at = Date(timeIntervalSince1970: 1_800_000_000)
    static let actor = AdminActor.operator(uid: 0)

    /// A valid value for each key, as typed, and how it reads back.
    static func sample(_ key: GuildSettingsStore.Key) -> (typed: String, stored: String) {
        switch key.kind {
        case .choice(let values): (values.last!, values.last!)
        case .timeZone: ("Europe/Moscow", "Europe/Moscow")
        case .snowflake: ("<@&1191168914269274200>", "1191168914269274200")
        case .flag: ("on", "on")
        }
    }

    func withStore(_ body: (GuildSettingsStore, PostgresPool) async throws -> Void) async throws {
        try await TestDatabase.with { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            try await body(GuildSettingsStore(pool: pool), pool)
        }
    }

    @Test func everyKeyRoundTripsThroughItsOwnColumnAndIsAudited() async throws {
        try await withStore { store, pool in
            for key in GuildSettingsStore.Key.allCases {
                #expect(try await store.value(of: key, guild: Self.guild) == key.defaultValue, "\(key)")
                let (typed, stored) = Self.sample(key)
                let change = try await store.set(key, to: typed, guild: Self.guild, by: Self.actor, at: Self.at)
                #expect(change == .init(before: key.defaultValue, after: stored), "\(key)")
                #expect(try await store.value(of: key, guild: Self.guild) == stored, "\(key)")
                // Straight from the column, so a key writing somewhere else would show here.
                let raw = try await pool.query("SELECT \(key.column)::text AS v FROM \(key.table) WHERE guild_id = $1", [Self.guild])
                    .first?.decode(String?.self, column: "v")
                #expect(raw == (stored == "on" ? "true" : stored), "\(key)")
                #expect(try await store.value(of: key, guild: Self.other) == key.defaultValue, "another server is untouched: \(key)")
            }
            let audit = try await AdminAudit(database: pool).list(guild: Self.guild, limit: 50)
            #expect(Set(audit.map(\.target)) == Set(GuildSettingsStore.Key.allCases.map(\.rawValue)))
            #expect(audit.allSatisfy { $0.action == "config.set" && $0.source == "odysseyctl" && $0.actor.hasPrefix("uid 0") })
            let host = try #require(audit.first { $0.target == "stage_queue.host_role" })
            #expect(host.before == nil && host.after == .string("1191168914269274200"))
            let mode = try #require(audit.first { $0.target == "mileage.tier_mode" })
            #expect(mode.before == .string("stack") && mode.after == .string("replace"))
        }
    }

    @Test func theFeaturesReadWhatTheRegistryWrote() async throws {
        try await withStore { store, pool in
            try await store.set(.stageChannel, to: "1191168914269274201", guild: Self.guild, by: Self.actor, at: Self.at)
            try await store.set(.stageIntegration, to: "on", guild: Self.guild, by: Self.actor, at: Self.at)
            try await store.set(.moderatorRole, to: "1191168914269274202", guild: Self.guild, by: Self.actor, at: Self.at)
            let stage = try await StageQueueSettingsStore.load(guild: Self.guild, on: pool)
            #expect(stage.promotesOnStage && stage.stageChannelID == 1191168914269274201)
            let mileage = try await MileageConfigStore.settings(guild: Self.guild, on: pool)
            #expect(mileage.tierMode == .stack && mileage.moderatorRoleID == 1191168914269274202)
            #expect(try await store.adminRole(guild: Self.guild) == nil)
        }
    }

    @Test func aStageQueueChangeRefreshesTheQueueMessageInItsTransaction() async throws {
        try await withStore { _, pool in
            let store = GuildSettingsStore(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers()))
            func refreshes() async throws -> Int64 {
                try await pool.query("SELECT count(*) AS n FROM jobs WHERE name = $1", [StageQueueStore.refreshJob.name])
                    .first?.decode(Int64.self, column: "n") ?? 0
            }
            try await store.set(.locale, to: "en", guild: Self.guild, by: Self.actor, at: Self.at)
            #expect(try await refreshes() == 0)
            try await store.set(.signUpChannel, to: "77", guild: Self.guild, by: Self.actor, at: Self.at)
            #expect(try await refreshes() == 1)
        }
    }

    @Test func unsetClearsOptionalSettingsOnly() async throws {
        try await withStore { store, pool in
            try await store.set(.hostRole, to: "42", guild: Self.guild, by: Self.actor, at: Self.at)
            let cleared = try await store.set(.hostRole, to: "unset", guild: Self.guild, by: Self.actor, at: Self.at)
            #expect(cleared == .init(before: "42", after: nil))
            #expect(try await store.value(of: .hostRole, guild: Self.guild) == nil)
            let again = try await store.set(.hostRole, to: "unset", guild: Self.guild, by: Self.actor, at: Self.at)
            #expect(!again.changed)
            let error = await #expect(throws: GuildSettingsStore.InvalidValue.self) {
                try await store.set(.locale, to: "unset", guild: Self.guild, by: Self.actor, at: Self.at)
            }
            #expect(error?.description == "locale cannot be unset: it must be ru or en")
            let audit = try await AdminAudit(database: pool).list(guild: Self.guild, limit: 10)
            #expect(audit.map { "\($0.before?.stringValue ?? "-")→\($0.after?.stringValue ?? "-")" } == ["42→-", "-→42"])
        }
    }

    @Test(arguments: [
        (GuildSettingsStore.Key.locale, "de", "locale must be ru or en"),
        (.timezone, "Mars/Olympus", "timezone must be an IANA zone such as Europe/Moscow or UTC, or unset"),
        (.timezone, "EST", "timezone must be an IANA zone such as Europe/Moscow or UTC, or unset"),
        (.adminRole, "moderators", "admin_role must be an id (digits, or a #channel / @role mention), or unset"),
        (.signUpChannel, "0", "stage_queue.sign_up_channel must be an id (digits, or a #channel / @role mention), or unset"),
        (.hostRole, "18446744073709551615", "stage_queue.host_role must be an id (digits, or a #channel / @role mention), or unset"),
        (.stageIntegration, "yes", "stage_queue.stage_integration must be on or off"),
        (.tierMode, "STACK", "mileage.tier_mode must be stack or replace"),
        (.moderatorRole, "-5", "mileage.moderator_role must be an id (digits, or a #channel / @role mention), or unset"),
    ])
    func invalidValuesAreRefusedAndNothingIsWritten(key: GuildSettingsStore.Key, value: String, message: String) async throws {
        try await withStore { store, pool in
            let error = await #expect(throws: GuildSettingsStore.InvalidValue.self) {
                try await store.set(key, to: value, guild: Self.guild, by: Self.actor, at: Self.at)
            }
            #expect(error?.description == message)
            let rows = try await pool.query("SELECT 1 FROM \(key.table) WHERE guild_id = $1", [Self.guild]).rows
            #expect(rows.isEmpty)
            #expect(try await AdminAudit(database: pool).list(guild: Self.guild, limit: 10).isEmpty)
        }
    }
}

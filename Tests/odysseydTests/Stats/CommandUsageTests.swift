import Foundation
import Shared
import Synchronization
import Testing
@testable import odysseyd

/// Counting and reading command usage against a real PostgreSQL, and the responder's hook.
@Suite("Command usage")
struct CommandUsageTests {
    /// 2027-01-15T08:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let today = UsageDay(now)
    static let yesterday = today.adding(days: -1)

    /// A migrated database, a recorder on it whose schema check the test controls, and a store.
    struct Fixture: Sendable {
        let pool: PostgresPool
        let recorder: CommandUsageRecorder
        let store: CommandUsageStore
        let schemaCurrent: SchemaSwitch

        func report(guild: Int64?, since: UsageDay) async throws -> CommandUsageReport {
            try await store.report(guildID: guild, since: since, now: CommandUsageTests.now)
        }

        func rowCount(_ table: String) async throws -> Int {
            try await pool.query("SELECT count(*) FROM \(table)").first?.decode(Int.self, at: 0) ?? 0
        }

        static func with(_ body: (Fixture) async throws -> Void) async throws {
            try await TestDatabase.with { _, pool in
                _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
                let schema = SchemaSwitch()
                let recorder = CommandUsageRecorder(database: pool, schemaReady: { schema.isCurrent }, logger: .test)
                try await body(Fixture(pool: pool, recorder: recorder, store: CommandUsageStore(database: pool), schemaCurrent: schema))
            }
        }
    }

    final class SchemaSwitch: Sendable {
        private let current = Mutex(true)
        var isCurrent: Bool { current.withLock { $0 } }
        func set(_ value: Bool) { current.withLock { $0 = value } }
    }

    @Test func recordedUsesAreSummedPerCommandWithDistinctMembers() async throws {
        try await Fixture.with { fixture in
            let usage = fixture.recorder
            for user: Snowflake in [1, 2, 1] {
                await usage.record(command: "roll dice", guildID: 500, userID: user, day: Self.today)
            }
            await usage.record(command: "ping", guildID: 500, userID: 1, day: Self.today)
            await usage.record(command: "roll dice", guildID: 500, userID: 3, day: Self.yesterday)
            await usage.record(command: "ping", guildID: 600, userID: 1, day: Self.today)
            await usage.record(command: "ping", guildID: 600, userID: 4, day: Self.today)
            await usage.record(command: "ping", guildID: nil, userID: 5, day: Self.today)
            await usage.record(command: "ping", guildID: 500, userID: 1, day: Self.today.adding(days: -30))
            #expect(try await fixture.rowCount("command_usage_daily") == 0, "recording only buffers")

            #expect(try await usage.flush())
            #expect(await usage.pending.isEmpty)

            let guild = try await fixture.report(guild: 500, since: Self.yesterday)
            #expect(guild.commands == [
                CommandUsageEntry(command: "roll dice", uses: 4, members: 3),
                CommandUsageEntry(command: "ping", uses: 1, members: 1),
            ], "most used first; the use 30 days ago is outside")
            #expect(guild.totalUses == 5 && guild.distinctMembers == 3 && guild.activeDays == 2, "\(guild)")
            #expect(guild.guildId == "500")
            #expect(guild.since == Self.yesterday.start && guild.until == Self.now)

            let todayOnly = try await fixture.report(guild: 500, since: Self.today)
            #expect(todayOnly.commands == [
                CommandUsageEntry(command: "roll dice", uses: 3, members: 2),
                CommandUsageEntry(command: "ping", uses: 1, members: 1),
            ])
            #expect(todayOnly.totalUses == 4 && todayOnly.distinctMembers == 2 && todayOnly.activeDays == 1)

            let all = try await fixture.report(guild: nil, since: Self.yesterday)
            #expect(all.commands == [
                CommandUsageEntry(command: "ping", uses: 4, members: 3),
                CommandUsageEntry(command: "roll dice", uses: 4, members: 3),
            ], "every guild and DMs; a tie goes by name")
            #expect(all.totalUses == 8 && all.distinctMembers == 5 && all.guildId == nil, "\(all)")

            let dms = try await fixture.report(guild: 0, since: Self.yesterday)
            #expect(dms.commands == [CommandUsageEntry(command: "ping", uses: 1, members: 1)], "DMs are guild 0")

            let empty = try await fixture.report(guild: 999, since: Self.yesterday)
            #expect(empty.commands.isEmpty && empty.totalUses == 0 && empty.distinctMembers == 0 && empty.activeDays == 0)
        }
    }

    @Test func laterFlushesAddUsesButMembersStayDistinct() async throws {
        try await Fixture.with { fixture in
            let usage = fixture.recorder
            await usage.record(command: "ping", guildID: 500, userID: 1, day: Self.today)
            try await usage.flush()
            await usage.record(command: "ping", guildID: 500, userID: 1, day: Self.today)
            await usage.record(command: "ping", guildID: 500, userID: 2, day: Self.today)
            try await usage.flush()
            #expect(try await usage.flush(), "an empty flush is a no-op")
            let report = try await fixture.report(guild: 500, since: Self.today)
            #expect(report.commands == [CommandUsageEntry(command: "ping", uses: 3, members: 2)])
            #expect(try await fixture.rowCount("command_usage_daily") == 1)
        }
    }

    @Test func aFailedFlushKeepsItsCountsForTheNext() async throws {
        try await Fixture.with { fixture in
            let usage = fixture.recorder
            await usage.record(command: "ping", guildID: 500, userID: 1, day: Self.today)
            await usage.record(command: "ping", guildID: 500, userID: 2, day: Self.today)
            // The second statement fails, after the first has run in the same transaction.
            _ = try await fixture.pool.query("ALTER TABLE command_usage_members RENAME TO command_usage_members_away")
            await #expect(throws: (any Error).self) { try await usage.flush() }
            #expect(try await fixture.rowCount("command_usage_daily") == 0, "the whole transaction rolled back")
            #expect(await usage.pending.totalUses == 2, "the counts went back into the buffer")

            await usage.record(command: "ping", guildID: 500, userID: 3, day: Self.today)
            _ = try await fixture.pool.query("ALTER TABLE command_usage_members_away RENAME TO command_usage_members")
            try await usage.flush()
            let report = try await fixture.report(guild: 500, since: Self.today)
            #expect(report.commands == [CommandUsageEntry(command: "ping", uses: 3, members: 3)], "nothing lost, nothing doubled")
            #expect(await usage.pending.isEmpty)
        }
    }

    @Test func aFlushAgainstAnUnreachableDatabaseKeepsItsCounts() async throws {
        let nowhere = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent-odyssey dbname=none", connectTimeoutSeconds: 1),
                                   size: 1, logger: .test)
        let usage = CommandUsageRecorder(database: nowhere, schemaReady: { true }, logger: .test)
        await usage.record(command: "ping", guildID: 500, userID: 1, day: Self.today)
        await #expect(throws: (any Error).self) { try await usage.flush() }
        #expect(await usage.pending.totalUses == 1)
        await nowhere.close()
    }

    @Test func nothingIsWrittenUntilTheSchemaIsCurrent() async throws {
        try await Fixture.with { fixture in
            fixture.schemaCurrent.set(false)
            await fixture.recorder.record(command: "ping", guildID: 500, userID: 1, day: Self.today)
            let flushed = try await fixture.recorder.flush()
            #expect(!flushed, "maintenance: keep buffering")
            #expect(try await fixture.rowCount("command_usage_daily") == 0)
            #expect(await fixture.recorder.pending.totalUses == 1)
            fixture.schemaCurrent.set(true)
            #expect(try await fixture.recorder.flush())
            #expect(try await fixture.report(guild: 500, since: Self.today).totalUses == 1)
        }
    }

    @Test func theDayIsTheUTCDateOfTheInteraction() {
        #expect(Self.today.description == "2027-01-15")
        #expect(UsageDay(Date(timeIntervalSince1970: 1_800_000_000 - 8 * 3_600 - 1)).description == "2027-01-14", "one second before midnight UTC")
        #expect(UsageDay(Self.today.start) == Self.today)
        #expect(UsageDay(Date(timeIntervalSince1970: 0)).description == "1970-01-01")
    }

    // MARK: The responder's hook

    @Test func theResponderCountsRoutedCommandsOnly() async throws {
        let nowhere = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent-odyssey dbname=none"), size: 1, logger: .test)
        let usage = CommandUsageRecorder(database: nowhere, schemaReady: { false }, logger: .test)
        var router = InteractionRouter()
        router.command(["roll", "dice"], options: InteractionHandlerOptions(feature: "test")) { _ in .ephemeral("4") }
        router.command(["stats"], options: InteractionHandlerOptions(feature: "test", guildOnly: true)) { _ in .ephemeral("stats") }
        router.command(["purge"], options: InteractionHandlerOptions(feature: "test", requiredPermissions: [.administrator])) { _ in .none }
        router.autocomplete(["roll", "dice"], options: InteractionHandlerOptions(feature: "test")) { _ in .autocomplete([]) }
        router.component(prefix: "again", options: InteractionHandlerOptions(feature: "test")) { _ in .none }
        let rest = DiscordRESTClient(baseURL: "http://127.0.0.1:9", token: "t", limiter: RateLimiter(), httpClient: nil, logger: .test)
        let responder = InteractionResponder(
            router: router,
            rest: rest,
            applicationID: 1, now: { Date() }, usage: usage, logger: .test)

        _ = await responder.start(try UsageInteraction.command("roll", subcommand: "dice"))
        _ = await responder.start(try UsageInteraction.command("roll", subcommand: "dice", user: 43))
        _ = await responder.start(try UsageInteraction.command("roll", subcommand: "dice", guild: false))
        _ = await responder.start(try UsageInteraction.command("stats", guild: false))  // refused: guild only
        _ = await responder.start(try UsageInteraction.command("purge"))  // refused: permission
        _ = await responder.start(try UsageInteraction.command("unknown"))  // refused: no handler
        _ = await responder.start(try UsageInteraction.autocomplete("roll", subcommand: "dice"))
        _ = await responder.start(try UsageInteraction.button("again:1"))
        await rest.shutdown()

        let pending = await usage.pending
        let day = UsageDay(UsageInteraction.createdAt)
        #expect(pending.uses == [
            CommandUsageBuffer.Key(day: day, guildID: 500, command: "roll dice"): 2,
            CommandUsageBuffer.Key(day: day, guildID: 0, command: "roll dice"): 1,
        ], "\(pending.uses)")
        #expect(pending.members.count == 3, "users 42 and 43 in the guild, 42 in DMs")
        await nowhere.close()
    }
}

/// Interactions decoded from Discord's JSON, created at ``createdAt``.
enum UsageInteraction {
    static let createdAt = Date(timeIntervalSince1970: 1_800_000_000)
    static let id = Snowflake((UInt64(1_800_000_000_000) - Snowflake.discordEpochMilliseconds) << 22)

    static func command(_ name: String, subcommand: String? = nil, guild: Bool = true, user: Int = 42) throws -> Interaction {
        try make(type: 2, data: commandData(name, subcommand: subcommand, focused: false), guild: guild, user: user)
    }

    static func autocomplete(_ name: String, subcommand: String? = nil) throws -> Interaction {
        try make(type: 4, data: commandData(name, subcommand: subcommand, focused: true), guild: true, user: 42)
    }

    static func button(_ customID: String) throws -> Interaction {
        try make(type: 3, data: #"{"custom_id":"\#(customID)","component_type":2}"#, guild: true, user: 42,
                 extra: #","message":{"id":"800","channel_id":"100","content":"old"}"#)
    }

    private static func commandData(_ name: String, subcommand: String?, focused: Bool) -> String {
        let leaf = focused ? #"[{"name":"sides","type":4,"value":"2","focused":true}]"# : "[]"
        let options = subcommand.map { #","options":[{"name":"\#($0)","type":1,"options":\#(leaf)}]"# } ?? ""
        return #"{"id":"9","name":"\#(name)","type":1\#(options)}"#
    }

    private static func make(type: Int, data: String, guild: Bool, user: Int, extra: String = "") throws -> Interaction {
        let who = guild
            ? #""guild_id":"500","member":{"user":{"id":"\#(user)","username":"ann"},"roles":[],"permissions":"0"}"#
            : #""user":{"id":"\#(user)","username":"ann"}"#
        let json = #"{"id":"\#(id)","application_id":"1","type":\#(type),"token":"tok","version":1,"channel_id":"100",\#(who),"data":\#(data)\#(extra)}"#
        return try JSONDecoder().decode(Interaction.self, from: Data(json.utf8))
    }
}

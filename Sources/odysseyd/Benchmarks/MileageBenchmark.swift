import Foundation
import Logging

/// Mileage awards per second through the whole path: a `MESSAGE_CREATE` dispatch decoded by the
/// ``DiscordEventRouter``, the gateway hook, and ``MileageEngine/award(_:)``'s transaction
/// (event insert, cooldown gate, total upsert, tier check, sync job enqueued on crossings).
/// Also the cheaper outcomes: events refused by the cooldown, and redelivered duplicates.
///
/// ```swift
/// let report = try await MileageBenchmark(settings: settings, logger: logger).run(awards: 20_000, producers: 8) { print($0) }
/// ```
struct MileageBenchmark {
    let settings: ConnectionSettings
    let logger: Logger

    static let guild: Snowflake = 1_000_000_000_000
    static let members = 2_000
    /// A member earns 1 point per message: they cross 5 and 10 early on, so syncs are enqueued
    /// on a realistic share of awards.
    static let thresholds: [Int64] = [5, 10, 25]

    struct Report: Codable {
        var awardsPerSecond: Double
        var awards: Int
        var producers: Int
        var tierSyncsEnqueued: Int
        var cooledDownPerSecond: Double
        var duplicatesPerSecond: Double
    }

    func run(awards requested: Int, producers: Int, print: (String) -> Void) async throws -> Report {
        // Whole rounds, so every member's last award is at the same time and the cooldown
        // workload below is refused for everyone.
        let awards = max(1, (requested + Self.members - 1) / Self.members) * Self.members
        let pool = PostgresPool(settings: settings, size: producers + 2, logger: logger)
        defer { Task { await pool.close() } }
        let migrations = try MigrationDirectory.load(from: DaemonConfiguration.defaultMigrationsDirectory())
        _ = try await Migrator(pool: pool, files: migrations, logger: logger).apply()
        _ = try await pool.query("""
            TRUNCATE jobs, jobs_archive, mileage_events, mileage_totals, mileage_cooldowns, mileage_tiers, mileage_rules,
                     mileage_guild_settings, mileage_role_failures, mileage_engagement_snapshots
            """)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for (index, threshold) in Self.thresholds.enumerated() {
            try await MileageConfigStore(pool: pool).setTier(MileageTier(threshold: threshold, roleID: Snowflake(UInt64(9_000 + index))),
                                                             guild: Self.guild, at: start)
        }
        let server = try await pool.query("SHOW server_version").first?.decode(String.self, at: 0) ?? "?"
        let durability = try await pool.query("SELECT current_setting('fsync') || '/' || current_setting('synchronous_commit')").first?.decode(String.self, at: 0) ?? "?"
        print("PostgreSQL \(server), fsync/synchronous_commit \(durability); \(producers) producers, \(Self.members) members")

        let engine = MileageEngine(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers()))
        let hooks = MileageGatewayHooks(engine: engine, now: { start }, logger: logger)
        let router = DiscordEventRouter(cache: GuildCache(), onMessage: { await hooks.messageCreated($0) }, logger: logger) { _ in }

        // Message i is member i % members's (i / members)-th, 61 s after their previous one: past
        // the one-minute cooldown, so every event is awarded and passes the gate.
        func dispatch(_ index: Int) throws -> GatewayDispatch {
            let member = UInt64(index % Self.members) + 10_000
            let at = start.addingTimeInterval(Double(index / Self.members) * 61)
            let id = Self.snowflake(at: at, sequence: member)
            var message = Message(id: id, channelID: 42, author: User(id: Snowflake(member), username: "m\(member)"))
            message.guildID = Self.guild
            return GatewayDispatch(event: "MESSAGE_CREATE", data: try JSONEncoder().encode(message), sequence: index, shard: 0)
        }

        let awardDispatches = try (0..<awards).map { try dispatch($0) }
        let awardSeconds = try await timed(awardDispatches, producers: producers, router: router)
        let awarded = try await pool.query("SELECT count(*) FROM mileage_events").first?.decode(Int.self, at: 0) ?? 0
        let syncs = try await pool.query("SELECT count(*) FROM jobs WHERE name = $1", [MileageTierSync.job.name]).first?.decode(Int.self, at: 0) ?? 0
        guard awarded == awards else { throw BenchmarkProblem("expected \(awards) events awarded, found \(awarded)") }
        let rate = Double(awards) / awardSeconds
        print(String(format: "awards: %.0f/s (%d awards in %.2f s; %d tier syncs enqueued)", rate, awards, awardSeconds, syncs))

        // Within the cooldown: new message ids, one second after each member's last award.
        let lastRound = Double((awards - 1) / Self.members) * 61
        let cooled = try (0..<min(awards, Self.members * 4)).map { index -> GatewayDispatch in
            let member = UInt64(index % Self.members) + 10_000
            let at = start.addingTimeInterval(lastRound + 1 + Double(index / Self.members))
            var message = Message(id: Self.snowflake(at: at, sequence: member), channelID: 42, author: User(id: Snowflake(member), username: "m"))
            message.guildID = Self.guild
            return GatewayDispatch(event: "MESSAGE_CREATE", data: try JSONEncoder().encode(message), sequence: index, shard: 0)
        }
        let cooledSeconds = try await timed(cooled, producers: producers, router: router)
        let duplicates = Array(awardDispatches.prefix(cooled.count))
        let duplicateSeconds = try await timed(duplicates, producers: producers, router: router)
        let after = try await pool.query("SELECT count(*) FROM mileage_events").first?.decode(Int.self, at: 0) ?? 0
        guard after == awards else { throw BenchmarkProblem("cooled-down or duplicate events were recorded (\(after - awards))") }
        let cooledRate = Double(cooled.count) / cooledSeconds
        let duplicateRate = Double(duplicates.count) / duplicateSeconds
        print(String(format: "refused by the cooldown: %.0f/s; redelivered duplicates: %.0f/s (%d each)", cooledRate, duplicateRate, cooled.count))
        return Report(awardsPerSecond: rate, awards: awards, producers: producers, tierSyncsEnqueued: syncs,
                      cooledDownPerSecond: cooledRate, duplicatesPerSecond: duplicateRate)
    }

    /// Routes the dispatches from `producers` concurrent shards (each awaits its own), in seconds.
    private func timed(_ dispatches: [GatewayDispatch], producers: Int, router: DiscordEventRouter) async throws -> Double {
        let begin = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for producer in 0..<producers {
                group.addTask {
                    for index in stride(from: producer, to: dispatches.count, by: producers) { await router.handle(dispatches[index]) }
                }
            }
        }
        guard router.decodeFailures == 0 else { throw BenchmarkProblem("\(router.decodeFailures) dispatches did not decode") }
        return (ContinuousClock.now - begin).seconds
    }

    static func snowflake(at date: Date, sequence: UInt64) -> Snowflake {
        let milliseconds = UInt64(date.timeIntervalSince1970 * 1000) - Snowflake.discordEpochMilliseconds
        return Snowflake(milliseconds << 22 | (sequence & 0x3FFFFF))
    }

    struct BenchmarkProblem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

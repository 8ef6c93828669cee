import Foundation
import Shared
import Synchronization
import Testing
@testable import odysseyd

/// The mileage feature in a ``FeatureSandbox``, with the gateway hooks and the tier sync job
/// handler pointed at the sandbox. Time is a clock the test moves.
struct MileageTestbed: Sendable {
    typealias Demo = SandboxWorld.Demo

    let sandbox: FeatureSandbox
    let harness: SandboxHarness
    let pool: PostgresPool
    let clock: ManualJobClock
    let queue: JobQueue
    let feature: MileageFeature
    let hooks: MileageGatewayHooks
    let config: MileageConfigStore
    let sync: MileageTierSync
    let handlers: JobHandlers

    static let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z
    static let guild = Snowflake(Demo.guildID)
    static let cleo = Snowflake(Demo.cleoUserID)
    static let ben = Snowflake(Demo.benUserID)
    static let ada = Snowflake(Demo.adaUserID)

    static func with(poolSize: Int = 6, _ body: (MileageTestbed) async throws -> Void) async throws {
        let clock = ManualJobClock(start)
        let now: @Sendable () -> Date = { clock.now() }
        @Sendable func clocked(_ queue: JobQueue) -> JobQueue {
            var queue = queue
            queue.clock = clock
            queue.jitter = { 0.5 }
            return queue
        }
        try await FeatureSandbox.with(poolSize: poolSize, module: { pool, queue in
            MileageFeature(pool: pool, queue: clocked(queue), now: now)
        }) { sandbox, feature in
            let sync = MileageTierSync(pool: sandbox.pool, rest: sandbox.harness.client, now: now, logger: .test,
                                       languages: LanguageResolver(database: sandbox.pool))
            var handlers = JobHandlers()
            sync.register(on: &handlers)
            try await body(MileageTestbed(sandbox: sandbox, harness: sandbox.harness, pool: sandbox.pool, clock: clock, queue: clocked(sandbox.queue),
                                          feature: feature, hooks: MileageGatewayHooks(engine: feature.engine, now: now, logger: .test),
                                          config: MileageConfigStore(pool: sandbox.pool), sync: sync, handlers: handlers))
        }
    }

    var engine: MileageEngine { feature.engine }

    /// Switches the demo guild's language; call it before the first interaction or sync, since
    /// languages are cached for a few seconds.
    func setLanguage(_ language: Language) async throws {
        try await sandbox.setLanguage(language)
    }

    /// An event by `user` at the clock's time (or `at`), with its own source unless one is given.
    func event(_ type: MileageEventType, user: Snowflake = cleo, source: String? = nil, at date: Date? = nil) -> MileageEvent {
        MileageEvent(guildID: Self.guild, userID: user, type: type, sourceID: source ?? UUID().uuidString, occurredAt: date ?? clock.now())
    }

    /// A message as the gateway delivers it, with an id minted at `date`.
    func message(by user: Snowflake = cleo, bot: Bool = false, at date: Date, sequence: UInt64 = 0) -> Message {
        var message = Message(id: Self.snowflake(at: date, sequence: sequence), channelID: Snowflake(Demo.generalChannelID),
                              author: User(id: user, username: "member\(user)", bot: bot ? true : nil))
        message.guildID = Self.guild
        return message
    }

    /// A snowflake whose timestamp is `date`.
    static func snowflake(at date: Date, sequence: UInt64 = 0) -> Snowflake {
        let milliseconds = UInt64(date.timeIntervalSince1970 * 1000) - Snowflake.discordEpochMilliseconds
        return Snowflake(milliseconds << 22 | (sequence & 0xFFF))
    }

    func total(_ user: Snowflake = cleo) async throws -> Int64 {
        try await pool.query("SELECT points FROM mileage_totals WHERE guild_id = $1 AND user_id = $2", [Self.guild, user])
            .first?.decode(Int64.self, at: 0) ?? 0
    }

    func count(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> Int {
        try await pool.query(sql, parameters).first?.decode(Int.self, at: 0) ?? 0
    }

    func syncJobsWaiting(for user: Snowflake = cleo) async throws -> Int {
        try await count("SELECT count(*) FROM jobs WHERE name = $1 AND state = 'waiting' AND payload->>'user_id' = $2",
                        [MileageTierSync.job.name, user.description])
    }

    /// Types `line` in #general as `user` and returns what the bot answered.
    func run(_ line: String, as user: UInt64 = Demo.cleoUserID) async throws -> SandboxInteractionOutcome {
        let outcome = try await harness.sandbox.injectInteraction(
            SandboxInteractionRequest(command: line, userId: String(user), channelId: String(Demo.generalChannelID)))
        #expect(outcome.acknowledged && outcome.problem == nil, "\(line): \(outcome)")
        return outcome
    }

    func click(_ customID: String, on message: String, as user: UInt64 = Demo.cleoUserID) async throws -> SandboxInteractionOutcome {
        try await harness.sandbox.injectInteraction(SandboxInteractionRequest(customId: customID, messageId: message, userId: String(user)))
    }

    /// A role in the demo guild at `position` (the bot's own role is at 2).
    func addRole(_ id: UInt64, name: String, position: Int) async {
        await harness.world.addRole(SandboxRole(id: id, name: name, position: position, permissions: 0), guild: Demo.guildID)
    }

    func roles(of user: Snowflake = cleo) async -> [UInt64] {
        await harness.world.guild(Demo.guildID)?.member(user.rawValue)?.roles ?? []
    }
}

extension SandboxWorld {
    /// Test knob: adds a role to a guild, or moves an existing one to the given position.
    func addRole(_ role: SandboxRole, guild id: UInt64) {
        guard let index = guildIndex(id) else { return }
        guilds[index].roles.removeAll { $0.id == role.id }
        guilds[index].roles.append(role)
    }
}

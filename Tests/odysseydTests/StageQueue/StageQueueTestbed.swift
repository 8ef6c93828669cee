import Foundation
import Shared
import Testing
@testable import odysseyd

/// The stage queue as the daemon runs it, in process: a migrated throwaway database, the Discord
/// sandbox with `/sign-up` deployed to the demo guild, and a bot loop that answers every injected
/// interaction through the real router and responder. The jobs (queue message, announcements)
/// are run by hand, so a test sees exactly what each run sends.
struct StageQueueTestbed: Sendable {
    typealias Demo = SandboxWorld.Demo

    let harness: SandboxHarness
    let pool: PostgresPool
    let feature: StageQueueFeature
    let store: StageQueueStore
    let editor: StageQueueMessageEditor

    static let guild = Snowflake(Demo.guildID)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func with(_ body: (StageQueueTestbed) async throws -> Void) async throws {
        try await TestDatabase.with(poolSize: 6) { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            let gateway = RecordingGateway()
            try await SandboxHarness.with(gateway: gateway) { harness in
                let queue = JobQueue(database: pool, handlers: JobHandlers())
                let feature = StageQueueFeature(pool: pool, queue: queue, now: { now })
                _ = try await harness.deploy(feature.commands)
                let responder = InteractionResponder(router: [feature as any FeatureModule].router, rest: harness.client,
                                                     applicationID: Snowflake(Demo.applicationID), budget: .seconds(10),
                                                     now: { Date() }, logger: .test)
                let bot = Task {
                    for await event in gateway.dispatches where event.name == "INTERACTION_CREATE" {
                        guard let interaction = try? JSONDecoder().decode(Interaction.self, from: event.data.encoded()) else { continue }
                        Task { await responder.respond(to: interaction) }
                    }
                }
                defer { bot.cancel() }
                let store = StageQueueStore(pool: pool, queue: queue)
                try await body(StageQueueTestbed(harness: harness, pool: pool, feature: feature, store: store,
                                                 editor: StageQueueMessageEditor(store: store, rest: harness.client, logger: .test)))
                await harness.expectRequestsValidAgainstSpec()
            }
        }
    }

    /// Types `line` in #sign-up as `user` and returns what the bot answered.
    func run(_ line: String, as user: UInt64 = Demo.cleoUserID, channel: UInt64 = Demo.signUpChannelID,
             sourceLocation: SourceLocation = #_sourceLocation) async throws -> SandboxInteractionOutcome {
        let outcome = try await harness.sandbox.injectInteraction(
            SandboxInteractionRequest(command: line, userId: String(user), channelId: String(channel)))
        #expect(outcome.acknowledged && outcome.problem == nil, "\(line): \(outcome)", sourceLocation: sourceLocation)
        return outcome
    }

    /// The text of the bot's answer to `line`.
    func answer(_ line: String, as user: UInt64 = Demo.cleoUserID, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await run(line, as: user, sourceLocation: sourceLocation).response?.content ?? ""
    }

    /// Presses a button on a message.
    func click(_ customID: String, on message: String, as user: UInt64 = Demo.cleoUserID) async throws -> SandboxInteractionOutcome {
        try await harness.sandbox.injectInteraction(SandboxInteractionRequest(customId: customID, messageId: message, userId: String(user)))
    }

    /// The usual configuration: queue message in #sign-up, announcements in #announcements,
    /// promotion on the demo Stage.
    func configure(stageIntegration: Bool = true) async throws {
        let text = try await answer("/sign-up setup sign_up_channel:#sign-up stage_channel:Stage announce_channel:#announcements "
                                    + "stage_integration:\(stageIntegration)", as: Demo.benUserID)
        #expect(text.hasPrefix("✅ Stage queue settings saved"), "\(text)")
    }

    func queue() async throws -> StageQueue {
        try await store.queue(guild: Self.guild)
    }

    /// Jobs of `name` waiting to run.
    func waiting(_ name: String) async throws -> [(payload: String, runAt: Date)] {
        try await pool.query("SELECT payload::text AS payload, run_at FROM jobs WHERE name = $1 AND state = 'waiting' ORDER BY id", [name])
            .rows.map { (try $0.decode(column: "payload"), try $0.decode(column: "run_at")) }
    }

    /// Runs the waiting queue message refresh as the worker would: takes the job and runs the editor.
    func runRefresh() async throws {
        _ = try await pool.query("DELETE FROM jobs WHERE name = $1 AND state = 'waiting'", [StageQueueStore.refreshJob.name])
        try await editor.refresh(guild: Self.guild)
    }

    /// Posts every waiting announcement and marks its job done; returns what was posted.
    func runAnnouncements() async throws -> [StageQueueAnnouncement] {
        let rows = try await pool.query("""
            DELETE FROM jobs WHERE name = $1 AND state = 'waiting' RETURNING payload::text AS payload
            """, [StageQueueAnnouncement.job.name])
        var posted: [StageQueueAnnouncement] = []
        for row in rows.rows {
            let announcement = try ControlJSON.decoder.decode(StageQueueAnnouncement.self, from: Data(try row.decode(String.self, column: "payload").utf8))
            try await StageQueueAnnouncer(rest: harness.client).post(announcement)
            posted.append(announcement)
        }
        return posted
    }

    /// The kinds of the guild's queue events, oldest first.
    func eventKinds() async throws -> [String] {
        try await pool.query("SELECT kind FROM stage_queue_events WHERE guild_id = $1 ORDER BY id", [Self.guild])
            .rows.map { try $0.decode(column: "kind") }
    }

    /// A member's voice state in the demo guild, as the sandbox holds it.
    func voiceState(_ user: UInt64) async -> SandboxVoiceState? {
        await harness.world.voiceState(guild: Demo.guildID, user: user)
    }
}

extension SandboxWorld {
    func voiceState(guild: UInt64, user: UInt64) -> SandboxVoiceState? {
        guilds.first { $0.id == guild }?.voiceStates.first { $0.userID == user }
    }

    /// Connects `user` to `channel` (audience, on a stage), as joining a voice channel in the client would.
    func connect(_ user: UInt64, to channel: UInt64, guild: UInt64) {
        guard let index = guilds.firstIndex(where: { $0.id == guild }) else { return }
        guilds[index].voiceStates.removeAll { $0.userID == user }
        guilds[index].voiceStates.append(SandboxVoiceState(userID: user, channelID: channel, suppress: true))
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

/// The stage queue in a ``FeatureSandbox``, with its store at hand. The jobs (queue message,
/// announcements) are run by hand, so a test sees exactly what each run sends, each run with a
/// fresh ``LanguageResolver`` as a job that runs later would see the guild's language.
struct StageQueueTestbed: Sendable {
    typealias Demo = SandboxWorld.Demo

    let sandbox: FeatureSandbox
    let feature: StageQueueFeature
    let store: StageQueueStore

    static let guild = Snowflake(Demo.guildID)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    var harness: SandboxHarness { sandbox.harness }
    var pool: PostgresPool { sandbox.pool }

    static func with(_ body: (StageQueueTestbed) async throws -> Void) async throws {
        try await FeatureSandbox.with(module: { pool, queue in StageQueueFeature(pool: pool, queue: queue, now: { now }) }) { sandbox, feature in
            let store = StageQueueStore(pool: sandbox.pool, queue: sandbox.queue)
            try await body(StageQueueTestbed(sandbox: sandbox, feature: feature, store: store))
        }
    }

    /// Types `line` in #sign-up as `user` and returns what the bot answered.
    func run(_ line: String, as user: UInt64 = Demo.cleoUserID, channel: UInt64 = Demo.signUpChannelID,
             sourceLocation: SourceLocation = #_sourceLocation) async throws -> SandboxInteractionOutcome {
        try await sandbox.run(line, as: user, channel: channel, sourceLocation: sourceLocation)
    }

    /// The text of the bot's answer to `line`.
    func answer(_ line: String, as user: UInt64 = Demo.cleoUserID, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await run(line, as: user, sourceLocation: sourceLocation).response?.content ?? ""
    }

    /// Presses a button on a message.
    func click(_ customID: String, on message: String, as user: UInt64 = Demo.cleoUserID) async throws -> SandboxInteractionOutcome {
        try await sandbox.click(customID, on: message, as: user)
    }

    /// A catalog text, in Russian (the default) unless told.
    static func text(_ key: String, _ values: [String: String] = [:], in language: Language = .ru) -> String {
        Localizer.text(key, values, in: language)
    }

    /// The queue's "n waiting", in Russian (the default) unless told.
    static func waiting(_ count: Int, in language: Language = .ru) -> String {
        StageQueueText.waiting(count, in: language)
    }

    /// The usual configuration: queue message in #sign-up, announcements in #announcements,
    /// promotion on the demo Stage.
    func configure(stageIntegration: Bool = true, language: Language = .ru) async throws {
        let text = try await answer("/sign-up setup sign_up_channel:#sign-up stage_channel:Stage announce_channel:#announcements "
                                    + "stage_integration:\(stageIntegration)", as: Demo.benUserID)
        #expect(text.hasPrefix(Self.text(MessageKeys.StageQueue.setupSaved, in: language)), "\(text)")
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
        try await StageQueueMessageEditor(store: store, rest: harness.client, logger: .test, languages: LanguageResolver(database: pool)).refresh(guild: Self.guild)
    }

    /// Posts every waiting announcement and marks its job done; returns what was posted.
    func runAnnouncements() async throws -> [(announcement: StageQueueAnnouncement, payload: MessagePayload)] {
        let rows = try await pool.query("""
            WITH taken AS (DELETE FROM jobs WHERE name = $1 AND state = 'waiting' RETURNING id, payload)
            SELECT payload::text AS payload FROM taken ORDER BY id
            """, [StageQueueAnnouncement.job.name])
        let announcer = StageQueueAnnouncer(rest: harness.client, languages: LanguageResolver(database: pool))
        var posted: [(StageQueueAnnouncement, MessagePayload)] = []
        for row in rows.rows {
            let announcement = try ControlJSON.decoder.decode(StageQueueAnnouncement.self, from: Data(try row.decode(String.self, column: "payload").utf8))
            posted.append((announcement, try await announcer.post(announcement)))
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

import Foundation
import Shared
import Testing
@testable import odysseyd

/// The dice feature in a ``FeatureSandbox``, with its initiative store and the tracker message's
/// editor at hand. Randomness is seeded, so rolls are the same on every run.
struct DiceFeatureTestbed: Sendable {
    typealias Demo = SandboxWorld.Demo

    let sandbox: FeatureSandbox
    let feature: DiceFeature
    let initiative: InitiativeStore
    let editor: InitiativeMessageEditor

    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    var harness: SandboxHarness { sandbox.harness }
    var pool: PostgresPool { sandbox.pool }

    static func with(seed: UInt64 = 7, _ body: (DiceFeatureTestbed) async throws -> Void) async throws {
        try await FeatureSandbox.with(poolSize: 4, module: { pool, queue in
            DiceFeature(pool: pool, queue: queue, randomness: .seeded(seed), now: { now })
        }) { sandbox, feature in
            let store = InitiativeStore(pool: sandbox.pool, queue: sandbox.queue)
            try await body(DiceFeatureTestbed(sandbox: sandbox, feature: feature, initiative: store,
                                              editor: InitiativeMessageEditor(store: store, rest: sandbox.harness.client, logger: .test,
                                                                              languages: LanguageResolver(database: sandbox.pool))))
        }
    }

    /// Types `line` in #general as `user` and returns what the bot answered.
    func run(_ line: String, as user: UInt64 = Demo.cleoUserID, channel: UInt64 = Demo.generalChannelID,
             sourceLocation: SourceLocation = #_sourceLocation) async throws -> SandboxInteractionOutcome {
        try await sandbox.run(line, as: user, channel: channel, sourceLocation: sourceLocation)
    }

    /// The text of the bot's answer to `line`.
    func answer(_ line: String, as user: UInt64 = Demo.cleoUserID) async throws -> String {
        try await run(line, as: user).response?.content ?? ""
    }

    /// Presses a button on a message.
    func click(_ customID: String, on message: String, as user: UInt64 = Demo.cleoUserID) async throws -> SandboxInteractionOutcome {
        try await sandbox.click(customID, on: message, as: user)
    }

    /// The choices autocomplete offers while `user` types `typed` into `option` of `line`
    /// (the sandbox injects commands and clicks, so the interaction is built from its command line).
    func autocomplete(_ line: String, option: String, typed: String, as user: UInt64 = Demo.cleoUserID) async throws -> [String] {
        let prepared = try await harness.world.prepareInteraction(SandboxInteractionRequest(command: "\(line) \(option):x", userId: String(user)))
        var interaction = try JSONDecoder().decode(Interaction.self, from: prepared.payload.encoded())
        interaction.type = .applicationCommandAutocomplete
        guard case .command(var data)? = interaction.data, var sub = data.options?.first else { return [] }
        sub.options = sub.options?.map { given in
            var given = given
            if given.name == option { given.value = .string(typed); given.focused = true }
            return given
        }
        data.options = [sub]
        interaction.data = .command(data)
        let responder = InteractionResponder(router: [feature as any FeatureModule].router, rest: harness.client,
                                             applicationID: Snowflake(Demo.applicationID), now: { Date() }, logger: .test)
        guard case .immediate(.autocomplete(let choices)) = await responder.start(interaction) else { return [] }
        return choices.map(\.name)
    }

    /// Whether a refresh job for the channel's tracker is waiting.
    func refreshWaiting(channel: UInt64 = Demo.generalChannelID) async throws -> Int {
        try await pool.query("SELECT count(*) FROM jobs WHERE name = $1 AND state = 'waiting' AND payload->>'channel_id' = $2",
                             [InitiativeStore.refreshJob.name, String(channel)]).first?.decode(Int.self, at: 0) ?? 0
    }
}

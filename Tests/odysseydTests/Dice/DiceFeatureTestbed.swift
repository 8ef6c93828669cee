import Foundation
import Shared
import Testing
@testable import odysseyd

/// The dice feature as the daemon runs it, in process: a migrated throwaway database, the
/// Discord sandbox with the feature's commands deployed to the demo guild, and a bot loop that
/// answers every injected interaction through the real router and responder. Randomness is
/// seeded, so rolls are the same on every run.
struct DiceFeatureTestbed: Sendable {
    typealias Demo = SandboxWorld.Demo

    let harness: SandboxHarness
    let pool: PostgresPool
    let feature: DiceFeature
    let initiative: InitiativeStore
    let editor: InitiativeMessageEditor

    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func with(seed: UInt64 = 7, _ body: (DiceFeatureTestbed) async throws -> Void) async throws {
        try await TestDatabase.with(poolSize: 4) { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            let gateway = RecordingGateway()
            try await SandboxHarness.with(gateway: gateway) { harness in
                let queue = JobQueue(database: pool, handlers: JobHandlers())
                let feature = DiceFeature(pool: pool, queue: queue, randomness: .seeded(seed), now: { now })
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
                let store = InitiativeStore(pool: pool, queue: queue)
                try await body(DiceFeatureTestbed(harness: harness, pool: pool, feature: feature, initiative: store,
                                                  editor: InitiativeMessageEditor(store: store, rest: harness.client, logger: .test)))
                await harness.expectRequestsValidAgainstSpec()
            }
        }
    }

    /// Types `line` in #general as `user` and returns what the bot answered.
    func run(_ line: String, as user: UInt64 = Demo.cleoUserID, channel: UInt64 = Demo.generalChannelID) async throws -> SandboxInteractionOutcome {
        let outcome = try await harness.sandbox.injectInteraction(
            SandboxInteractionRequest(command: line, userId: String(user), channelId: String(channel)))
        #expect(outcome.acknowledged && outcome.problem == nil, "\(line): \(outcome)")
        return outcome
    }

    /// The text of the bot's answer to `line`.
    func answer(_ line: String, as user: UInt64 = Demo.cleoUserID) async throws -> String {
        try await run(line, as: user).response?.content ?? ""
    }

    /// Presses a button on a message.
    func click(_ customID: String, on message: String, as user: UInt64 = Demo.cleoUserID) async throws -> SandboxInteractionOutcome {
        try await harness.sandbox.injectInteraction(SandboxInteractionRequest(customId: customID, messageId: message, userId: String(user)))
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

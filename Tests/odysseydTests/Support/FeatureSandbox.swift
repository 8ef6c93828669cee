import Foundation
import Shared
import Testing
@testable import odysseyd

/// A feature module as the daemon runs it, in process: a migrated throwaway database, the Discord
/// sandbox with the module's commands deployed to the demo guild, and a bot loop that answers
/// every injected interaction through the real router and responder. Every request body the
/// sandbox received is checked against Discord's OpenAPI spec at the end.
///
/// ```swift
/// try await FeatureSandbox.with(module: { pool, queue in DiceFeature(pool: pool, queue: queue) }) { sandbox, dice in
///     let answer = try await sandbox.answer("/roll dice expression:2d6")
/// }
/// ```
struct FeatureSandbox: Sendable {
    typealias Demo = SandboxWorld.Demo

    let harness: SandboxHarness
    let pool: PostgresPool
    /// Enqueues with the catalog's definitions, as the features' own queues do.
    let queue: JobQueue

    static func with<Module: FeatureModule>(
        poolSize: Int = 6, module makeModule: @Sendable (PostgresPool, JobQueue) -> Module,
        _ body: (FeatureSandbox, Module) async throws -> Void
    ) async throws {
        try await with(poolSize: poolSize, module: { pool, queue, _ in makeModule(pool, queue) }, body)
    }

    /// For a module that shares the responder's ``LanguageResolver`` (as `/admin` does, to clear
    /// its cache when the locale changes).
    static func with<Module: FeatureModule>(
        poolSize: Int = 6, module makeModule: @Sendable (PostgresPool, JobQueue, LanguageResolver) -> Module,
        _ body: (FeatureSandbox, Module) async throws -> Void
    ) async throws {
        try await TestDatabase.with(poolSize: poolSize) { _, pool in
            _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
            let gateway = RecordingGateway()
            try await SandboxHarness.with(gateway: gateway) { harness in
                let queue = JobQueue(database: pool, handlers: JobHandlers())
                let languages = LanguageResolver(database: pool)
                let module = makeModule(pool, queue, languages)
                // What the daemon deploys: the Russian descriptions included.
                _ = try await harness.deploy(CommandLocalizations.localized(module.commands))
                // The daemon's own budget: a handler slowed down by a loaded machine defers, as in production.
                let responder = InteractionResponder(router: [module as any FeatureModule].router, rest: harness.client,
                                                     applicationID: Snowflake(Demo.applicationID), now: { Date() },
                                                     languages: languages, logger: .test)
                let bot = Task {
                    for await event in gateway.dispatches where event.name == "INTERACTION_CREATE" {
                        guard let interaction = try? JSONDecoder().decode(Interaction.self, from: event.data.encoded()) else { continue }
                        Task { await responder.respond(to: interaction) }
                    }
                }
                defer { bot.cancel() }
                try await body(FeatureSandbox(harness: harness, pool: pool, queue: queue), module)
                await harness.expectRequestsValidAgainstSpec()
            }
        }
    }

    /// Types `line` in `channel` as `user` and returns what the bot answered.
    func run(_ line: String, as user: UInt64, channel: UInt64,
             sourceLocation: SourceLocation = #_sourceLocation) async throws -> SandboxInteractionOutcome {
        let outcome = try await harness.sandbox.injectInteraction(
            SandboxInteractionRequest(command: line, userId: String(user), channelId: String(channel)))
        #expect(outcome.acknowledged && outcome.problem == nil, "\(line): \(outcome)", sourceLocation: sourceLocation)
        return outcome
    }

    /// Sets the demo guild's language the way `/admin config set locale` stores it. The responder
    /// caches a guild's language for a few seconds, so call this before the first interaction.
    func setLanguage(_ language: Language, guild: UInt64 = Demo.guildID) async throws {
        _ = try await pool.query("""
            INSERT INTO guild_settings (guild_id, locale) VALUES ($1, $2)
            ON CONFLICT (guild_id) DO UPDATE SET locale = EXCLUDED.locale, updated_at = now()
            """, [Snowflake(guild), language.rawValue])
    }

    /// Presses a button on a message.
    func click(_ customID: String, on message: String, as user: UInt64) async throws -> SandboxInteractionOutcome {
        try await harness.sandbox.injectInteraction(SandboxInteractionRequest(customId: customID, messageId: message, userId: String(user)))
    }
}

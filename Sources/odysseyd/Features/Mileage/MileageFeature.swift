import Foundation

/// Mileage: members earn points for taking part (messages, reactions, voice minutes, stage
/// sign-ups and performances, commands), each event type with points and a per-member cooldown
/// from the guild's event map; totals cross thresholds that grant tier roles. This module is the
/// Discord face (`/mileage`); ``MileageEngine`` is what other features call to award,
/// ``MileageGatewayHooks`` feeds it from the gateway, ``MileageTierSync`` grants the roles and
/// ``MileageEngagementStore`` keeps the dashboard's daily snapshots.
///
/// ```swift
/// let mileage = MileageFeature(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers()))
/// var router = InteractionRouter()
/// mileage.register(on: &router)
/// _ = try await mileage.engine.award(event)
/// ```
struct MileageFeature: FeatureModule {
    static let featureName = "mileage"
    let name = MileageFeature.featureName
    let engine: MileageEngine
    let slashCommands: MileageCommands

    init(pool: PostgresPool, queue: JobQueue, now: @escaping @Sendable () -> Date = { Date() }) {
        engine = MileageEngine(pool: pool, queue: queue)
        slashCommands = MileageCommands(feature: Self.featureName, engine: engine, ledger: MileageLedger(database: pool),
                                    config: MileageConfigStore(pool: pool), now: now)
    }

    var commands: [ApplicationCommandDefinition] { [MileageCommands.definition] }

    func register(on router: inout InteractionRouter) {
        slashCommands.register(on: &router)
    }
}

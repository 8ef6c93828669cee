import Foundation

/// The stage sign-up queue (`/sign-up`): members join a per-guild FIFO, hosts call the next
/// performer, who is promoted to speaker on the configured stage; a queue message with Join and
/// Leave buttons in the sign-up channel follows every change. All state is in PostgreSQL, so the
/// queue and its buttons survive restarts.
///
/// ```swift
/// let stage = StageQueueFeature(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers()))
/// var router = InteractionRouter()
/// stage.register(on: &router)
/// ```
struct StageQueueFeature: FeatureModule {
    static let featureName = "stage_queue"
    let name = StageQueueFeature.featureName
    let store: StageQueueStore
    let commandsHandler: StageQueueCommands

    /// `onActivity` hears of every committed join and call (mileage awards points for them).
    init(pool: PostgresPool, queue: JobQueue, now: @escaping @Sendable () -> Date = { Date() },
         onActivity: @escaping @Sendable (StageQueueActivity) async -> Void = { _ in }) {
        let store = StageQueueStore(pool: pool, queue: queue)
        self.store = store
        commandsHandler = StageQueueCommands(feature: Self.featureName, store: store,
                                             settings: StageQueueSettingsStore(pool: pool, queues: store), now: now,
                                             onActivity: onActivity)
    }

    var commands: [ApplicationCommandDefinition] { [StageQueueCommands.definition] }

    func register(on router: inout InteractionRouter) {
        commandsHandler.register(on: &router)
    }
}

import Foundation
import Logging
import Shared

/// The community features as the daemon composes them: the modules (commands and handlers), the
/// job handlers behind their projections and syncs, mileage's gateway hooks, and the dashboard's
/// engagement route. Every feature enqueues through one queue that knows the catalog's job
/// definitions; the runner's queue is built from ``registerJobs(on:rest:)``.
///
/// ```swift
/// let features = FeatureStack(pool: pool, core: CoreFeature(...), usage: CommandUsageStore(database: pool), health: health,
///                              doctor: { await doctor.value.run() }, logger: logger)
/// var handlers = JobHandlers()
/// features.registerJobs(on: &handlers, rest: discord.rest)
/// ```
struct FeatureStack: Sendable {
    let modules: [any FeatureModule]
    let mileageHooks: MileageGatewayHooks
    /// Which language each guild is answered in; one instance, so `/admin config set locale`
    /// clears the cache the responder reads.
    let languages: LanguageResolver
    private let pool: PostgresPool
    private let enqueuer: JobQueue
    private let logger: Logger

    /// `doctor` runs the daemon's doctor for `/admin doctor`, in the server's language.
    init(pool: PostgresPool, core: CoreFeature, usage: CommandUsageStore, health: DaemonHealth,
         doctor: @escaping @Sendable (Language) async -> DoctorReport, logger: Logger) {
        let enqueuer = JobQueue(database: pool, handlers: JobHandlers())
        let mileage = MileageFeature(pool: pool, queue: enqueuer)
        self.pool = pool
        self.enqueuer = enqueuer
        self.logger = logger
        let languages = LanguageResolver(database: pool)
        self.languages = languages
        mileageHooks = MileageGatewayHooks(engine: mileage.engine, logger: logger)
        modules = [
            core,
            AdminFeature(flags: FeatureFlags(database: pool), pool: pool, settings: GuildSettingsStore(pool: pool, queue: enqueuer),
                         scheduler: Scheduler(queue: enqueuer, logger: logger), health: health,
                         queues: JobInspector(queue: enqueuer), doctor: doctor, languages: languages),
            StatsFeature(store: usage),
            DiceFeature(pool: pool, queue: enqueuer),
            mileage,
            StageQueueFeature(pool: pool, queue: enqueuer, onActivity: { [engine = mileage.engine] activity in
                await engine.record(activity, logger: logger)
            }),
        ]
    }

    /// The handlers of every feature job; they reach Discord through `rest`, and do nothing
    /// where their feature is switched off (``FeatureJobGate``).
    func registerJobs(on handlers: inout JobHandlers, rest: DiscordRESTClient) {
        var featureJobs = JobHandlers()
        // The responder's resolver: a locale changed through /admin reaches the jobs' next run too.
        InitiativeMessageEditor(store: InitiativeStore(pool: pool, queue: enqueuer), rest: rest, logger: logger, languages: languages)
            .register(on: &featureJobs)
        MileageTierSync(pool: pool, rest: rest, now: { Date() }, logger: logger, languages: languages).register(on: &featureJobs)
        MileageEngagementStore(pool: pool, now: { Date() }).register(on: &featureJobs)
        StageQueueJobs(store: StageQueueStore(pool: pool, queue: enqueuer), rest: rest, logger: logger, languages: languages)
            .register(on: &featureJobs)
        FeatureJobGate(flags: FeatureFlags(database: pool)).install(featureJobs, on: &handlers)
    }

    /// `GET /api/v1/guilds/:id/engagement`, which needs the OAuth bridge's sessions.
    func engagementRoutes(bridge: OAuthBridge?, rest: DiscordRESTClient, schemaReady: @escaping @Sendable () async -> Bool) -> EngagementRoutes? {
        bridge.map {
            EngagementRoutes(bridge: $0, engagement: MileageEngagementStore(pool: pool, now: { Date() }), rest: rest,
                             schemaReady: schemaReady, logger: logger)
        }
    }
}

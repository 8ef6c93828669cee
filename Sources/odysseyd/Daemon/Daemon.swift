import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import Shared

/// The composition root: builds every subsystem from the configuration and runs them as one
/// service group.
///
/// The group starts its services together and stops them in reverse order, one after another.
/// So the list reads as ARCHITECTURE.md §4's shutdown order backwards: the control API first
/// (it stops last, after the pool, so the operator can watch the whole shutdown), then the pool
/// and what uses it, then public HTTP, and the notifier last (it hears SIGTERM first and sends
/// `STOPPING=1`). Start order is carried by ``Readiness``, not by the list.
struct Daemon {
    let configuration: DaemonConfiguration
    let envFile: String?
    let explicitEnvFile: Bool
    let processStart: ContinuousClock.Instant
    let logger: Logger

    func run() async throws {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let migrations = try MigrationDirectory.load(from: configuration.migrationsDirectory)
        try ControlSocket.prepare(path: configuration.controlSocket)
        let health = DaemonHealth()
        let readiness = Readiness()
        let pool = PostgresPool(settings: configuration.database, size: configuration.databasePoolSize, logger: logger)
        let migrator = Migrator(pool: pool, files: migrations, logger: logger)
        let gate = SchemaGate(migrator: migrator, health: health, readiness: readiness, autoMigrate: configuration.autoMigrate, logger: logger)
        let usage = CommandUsageRecorder(database: pool, schemaReady: { await gate.isRunning }, logger: logger)
        let notifier = SystemdNotifier()
        var jobSettings = JobRunner.Settings()
        jobSettings.retention = configuration.jobRetention
        // The runner must be done before the group's bound runs out and the pool closes.
        jobSettings.drainTimeout = configuration.shutdownTimeout * 0.6
        let gatewayStatus = GatewayStatusBoard(health: health)
        let core = CoreFeature(health: health, gatewayLatency: { await gatewayStatus.shards.compactMap(\.latency).max() })
        // `/admin doctor` is a command, but the doctor needs the REST client and queue built from the commands.
        let lateDoctor = LateBinding<Doctor>()
        let features = FeatureStack(pool: pool, core: core, usage: CommandUsageStore(database: pool), health: health,
                                    doctor: { await lateDoctor.value.run(in: $0) }, logger: logger)
        let mileageHooks = features.mileageHooks
        let discord = try DiscordStack(configuration: configuration, modules: features.modules, usage: usage,
                                       features: FeatureFlags(database: pool), languages: features.languages, logger: logger)
        let guildCache = GuildCache()
        let events = DiscordEventRouter(cache: guildCache, onMessage: { mileageHooks.submit(.message($0)) },
                                        onReaction: { mileageHooks.submit(.reaction($0)) },
                                        onVoiceState: { mileageHooks.submit(.voiceState($0)) },
                                        logger: logger) { [responder = discord.responder] interaction in
            await responder.respond(to: interaction)
            mileageHooks.submit(.command(interaction))
        }
        // Without a token there is nothing to identify with: /healthz says discord not_ready.
        let gateway = configuration.discordToken.map { token in
            var settings = GatewayServiceConfiguration(token: token, intents: configuration.discordIntents)
            settings.shardCount = configuration.discordShardCount
            settings.shardIDs = configuration.discordShardIDs
            settings.gatewayURL = configuration.discordGatewayURL
            return GatewayService(configuration: settings, rest: discord.rest, sessionStore: PostgresGatewaySessionStore(database: pool),
                                  handler: events, statusBoard: gatewayStatus, waitForSchema: { await gate.waitUntilRunning() }, logger: logger)
        }
        var jobHandlers = JobHandlers()
        features.registerJobs(on: &jobHandlers, rest: discord.rest)
        let oauth = OAuthBridgeStack(configuration: configuration, pool: pool, schemaReady: { await gate.isRunning }, logger: logger)
        oauth.register(on: &jobHandlers)
        let backups = BackupService(pool: pool, settings: configuration.database, store: BackupStore(directory: configuration.backupDirectory),
                                    keep: configuration.backupKeep, logger: logger)
        // One dump at a time is plenty; the schedule (off until `odysseyctl backup schedule on`) enqueues it hourly.
        jobHandlers.register(BackupSchedule.name, definition: JobDefinition(BackupSchedule.name, concurrency: 1, expireAfter: .seconds(3600))) { _ in
            _ = try await backups.create()
        }
        let jobs = JobRunner(queue: JobQueue(database: pool, handlers: jobHandlers), gate: gate, health: health, settings: jobSettings, logger: logger)
        let doctor = DoctorCatalog.doctor(.init(
            pool: pool, migrator: migrator, schemaReady: { await gate.isRunning },
            rest: configuration.discordToken == nil ? nil : discord.rest, gateway: gatewayStatus,
            connectedGuilds: { await guildCache.guildIDs }, jobs: JobInspector(queue: jobs.queue),
            controlSocket: configuration.controlSocket, adminGroup: configuration.adminGroup))
        lateDoctor.set(doctor)
        logger.info("starting", metadata: [
            "version": "\(OdysseyVersion.current)", "database": "\(configuration.database.redacted)",
            "migrations": "\(migrations.count)", "control_socket": "\(configuration.controlSocket)",
        ])

        let discordServices: [any Service] = gateway.map { [events, $0] } ?? []
        let services: [any Service] = [
            ControlServer(
                socketPath: configuration.controlSocket, adminGroup: configuration.adminGroup,
                routes: ControlRoutes(health: health, schema: gate, seeder: Seeder(database: pool, logger: logger)),
                jobRoutes: JobControlRoutes(runner: jobs, schema: gate),
                discordRoutes: DiscordControlRoutes(deployer: discord.deployer, applicationID: discord.applicationID,
                                                    features: FeatureFlags(database: pool), schema: gate),
                usageRoutes: UsageControlRoutes(store: CommandUsageStore(database: pool), schema: gate),
                sessionRoutes: oauth.controlRoutes,
                doctorRoutes: DoctorControlRoutes(doctor: doctor),
                backupRoutes: BackupControlRoutes(service: backups, scheduler: jobs.scheduler, schema: gate),
                featureRoutes: FeatureControlRoutes(flags: FeatureFlags(database: pool), pool: pool, schema: gate),
                runbookRoutes: RunbookControlRoutes(catalog: RunbookCatalog(context: RunbookContext(
                    pool: pool, health: health, jobs: JobInspector(queue: jobs.queue), schemaReady: { await gate.isRunning },
                    gateway: gateway == nil ? nil : gatewayStatus, limiter: discord.rest.limiter))),
                configRoutes: ConfigControlRoutes(settings: GuildSettingsStore(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers())), schema: gate),
                readiness: readiness, logger: logger
            ),
            pool,
            // Stops before the pool (reverse order), so its last flush still has a database.
            usage,
            // Drains its inbox on shutdown: after the gateway stops (later in the list), before the pool.
            mileageHooks,
            DatabaseHealthMonitor(pool: pool, health: health, readiness: readiness, logger: logger),
            gate,
            jobs,
        ] + discordServices + [
            PublicHTTPServer(host: configuration.httpHost, port: configuration.httpPort, health: health, pool: pool, metrics: DaemonMetrics(registry: registry, jobs: JobInspector(queue: jobs.queue)), readiness: readiness,
                             interactions: discord.endpoint, oauthBridge: oauth.publicRoutes,
                             engagement: features.engagementRoutes(bridge: oauth.bridge, rest: discord.rest, schemaReady: { await gate.isRunning }),
                             logger: logger),
            ReloadService(envFile: envFile, explicitEnvFile: explicitEnvFile, notifier: notifier, logger: logger),
            LifecycleNotifier(notifier: notifier, readiness: readiness, health: health, processStart: processStart, logger: logger),
        ]
        var groupConfiguration = ServiceGroupConfiguration(
            services: services.map { .init(service: $0) },
            gracefulShutdownSignals: [.sigterm, .sigint],
            cancellationSignals: [],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownTimeout
        // Blocking libpq calls finish within their own timeouts; past this the process aborts.
        groupConfiguration.maximumCancellationDuration = .seconds(10)
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            await discord.shutdown()
            throw error
        }
        await discord.shutdown()
        logger.notice("stopped")
    }
}

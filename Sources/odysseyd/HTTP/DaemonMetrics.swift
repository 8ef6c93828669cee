import Prometheus

/// The daemon's own gauges, set from ``DaemonHealth`` and the pool at scrape time so they are
/// never stale. Request metrics come from swift-metrics (Hummingbird's middleware) into the
/// same registry.
///
/// ```swift
/// let metrics = DaemonMetrics(registry: registry)
/// await metrics.update(from: health, pool: pool)
/// ```
struct DaemonMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let databaseUp: Gauge
    private let maintenance: Gauge
    private let pendingMigrations: Gauge
    private let uptime: Gauge
    private let poolOpen: Gauge
    private let poolIdle: Gauge
    private let poolWaiting: Gauge
    private let jobSystemUp: Gauge
    /// Reads queue depths at scrape time; nil where there is no job system (tests).
    private let jobs: JobInspector?

    init(registry: PrometheusCollectorRegistry, jobs: JobInspector? = nil) {
        self.registry = registry
        self.jobs = jobs
        databaseUp = registry.makeGauge(name: "odyssey_database_up", help: "1 while the health check reaches PostgreSQL")
        maintenance = registry.makeGauge(name: "odyssey_maintenance", help: "1 while migrations are pending")
        pendingMigrations = registry.makeGauge(name: "odyssey_pending_migrations", help: "Migrations not yet applied")
        uptime = registry.makeGauge(name: "odyssey_uptime_seconds", help: "Seconds since the daemon started")
        poolOpen = registry.makeGauge(name: "odyssey_db_pool_connections", labels: [("state", "open")], help: "Pool connections")
        poolIdle = registry.makeGauge(name: "odyssey_db_pool_connections", labels: [("state", "idle")], help: "Pool connections")
        poolWaiting = registry.makeGauge(name: "odyssey_db_pool_waiting_tasks", help: "Tasks waiting for a pool connection")
        jobSystemUp = registry.makeGauge(name: "odyssey_job_system_up", help: "1 while the job system fetches and listens (healthz boss)")
    }

    func update(from health: DaemonHealth, pool: PostgresPool) async {
        let statistics = await pool.statistics
        poolOpen.set(Double(statistics.open))
        poolIdle.set(Double(statistics.idle))
        poolWaiting.set(Double(statistics.waiting))
        databaseUp.set(await health.database ? 1.0 : 0.0)
        maintenance.set(await health.state == .maintenance ? 1.0 : 0.0)
        pendingMigrations.set(Double(await health.pendingMigrations))
        uptime.set(await health.uptime)
        jobSystemUp.set(await health.jobSystemHealthy == true ? 1.0 : 0.0)
        await updateQueueDepths()
    }

    /// Queue depths per job name and state, and the oldest waiting job's age; skipped while the
    /// database is down or the schema is behind (the scrape still answers with the rest).
    private func updateQueueDepths() async {
        guard let jobs, let queues = try? await jobs.queues() else { return }
        for queue in queues {
            let counts: [(String, Int)] = [
                ("waiting", queue.waiting), ("delayed", queue.delayed), ("active", queue.active),
                ("retrying", queue.retrying), ("failed", queue.failed),
            ]
            for (state, count) in counts {
                registry.makeGauge(name: "odyssey_job_queue_depth", labels: [("name", queue.name), ("state", state)], help: "Jobs per name and state (failed: the dead letter)")
                    .set(Double(count))
            }
            registry.makeGauge(name: "odyssey_job_oldest_waiting_seconds", labels: [("name", queue.name)], help: "Age of the oldest job that is due but not started")
                .set(queue.oldestWaitingSeconds ?? 0)
        }
    }

    /// The Prometheus text exposition of everything in the registry.
    func render() -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        registry.emit(into: &buffer)
        return buffer
    }
}

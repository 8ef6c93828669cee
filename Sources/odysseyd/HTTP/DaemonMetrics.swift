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

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        databaseUp = registry.makeGauge(name: "odyssey_database_up", help: "1 while the health check reaches PostgreSQL")
        maintenance = registry.makeGauge(name: "odyssey_maintenance", help: "1 while migrations are pending")
        pendingMigrations = registry.makeGauge(name: "odyssey_pending_migrations", help: "Migrations not yet applied")
        uptime = registry.makeGauge(name: "odyssey_uptime_seconds", help: "Seconds since the daemon started")
        poolOpen = registry.makeGauge(name: "odyssey_db_pool_connections", labels: [("state", "open")], help: "Pool connections")
        poolIdle = registry.makeGauge(name: "odyssey_db_pool_connections", labels: [("state", "idle")], help: "Pool connections")
        poolWaiting = registry.makeGauge(name: "odyssey_db_pool_waiting_tasks", help: "Tasks waiting for a pool connection")
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
    }

    /// The Prometheus text exposition of everything in the registry.
    func render() -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        registry.emit(into: &buffer)
        return buffer
    }
}

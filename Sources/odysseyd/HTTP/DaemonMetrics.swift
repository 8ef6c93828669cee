import Metrics

/// Gauges read from ``DaemonHealth`` at scrape time, so they are never stale.
enum DaemonMetrics {
    private static let databaseUp = Gauge(label: "odyssey_database_up")
    private static let maintenance = Gauge(label: "odyssey_maintenance")
    private static let pendingMigrations = Gauge(label: "odyssey_pending_migrations")
    private static let uptime = Gauge(label: "odyssey_uptime_seconds")

    static func update(from health: DaemonHealth) async {
        databaseUp.record(await health.database ? 1 : 0)
        maintenance.record(await health.state == .maintenance ? 1 : 0)
        pendingMigrations.record(await health.pendingMigrations)
        uptime.record(await health.uptime)
    }
}

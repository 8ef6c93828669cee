import Logging
import ServiceLifecycle
import Synchronization

/// Pings PostgreSQL every second on a connection of its own, so `/healthz` shows `db: fail`
/// within a few seconds of an outage, and tells the pool to fail fast until the server is back.
///
/// ```swift
/// let monitor = DatabaseHealthMonitor(pool: pool, health: health, logger: logger)
/// serviceGroup.add(monitor)
/// ```
final class DatabaseHealthMonitor: Service, Sendable {
    let pool: PostgresPool
    let health: DaemonHealth
    let readiness: Readiness?
    let interval: Duration
    let pingTimeout: Duration
    private let logger: Logger
    private let connection = ConnectionHolder()

    init(
        pool: PostgresPool, health: DaemonHealth, readiness: Readiness? = nil,
        interval: Duration = .seconds(1), pingTimeout: Duration = .seconds(2), logger: Logger
    ) {
        self.pool = pool
        self.health = health
        self.readiness = readiness
        self.interval = interval
        self.pingTimeout = pingTimeout
        self.logger = logger
    }

    func run() async throws {
        await checkNow()
        await readiness?.mark(.databaseChecked)
        await Ticker.every(interval) { [self] in await checkNow() }
        connection.take()
    }

    /// One check, now; tests call it to observe an outage without waiting for the timer.
    func checkNow() async {
        let result = await ping()
        let wasUp = await health.database
        switch result {
        case .success:
            await pool.setOutage(nil)
            await health.setDatabase(up: true, problem: nil)
            if !wasUp { logger.notice("database reachable") }
        case .failure(let error):
            await pool.setOutage(.connection("health check failing: \(error.message)"))
            await health.setDatabase(up: false, problem: "database: \(error.message)")
            if wasUp { logger.error("database unreachable", metadata: ["error": "\(error)"]) }
        }
    }

    private func ping() async -> Result<Void, DatabaseError> {
        var pingSettings = pool.settings
        pingSettings.connectTimeoutSeconds = max(2, Int(pingTimeout.components.seconds))
        let settings = pingSettings
        let holder = connection
        let timeout = pingTimeout
        do {
            try await pool.onPoolThread {
                let current = try holder.take() ?? PostgresConnection.connect(settings: settings)
                _ = try current.query("SELECT 1", [], timeout: timeout)
                holder.put(current)
            }
            return .success(())
        } catch let error as DatabaseError {
            return .failure(error)
        } catch {
            return .failure(.connection("\(error)"))
        }
    }
}

/// The monitor's own connection, kept between pings and dropped on any failure.
private final class ConnectionHolder: Sendable {
    private let connection = Mutex<PostgresConnection?>(nil)

    @discardableResult
    func take() -> PostgresConnection? {
        connection.withLock { current in
            defer { current = nil }
            return current
        }
    }

    func put(_ newConnection: PostgresConnection) {
        connection.withLock { $0 = newConnection }
    }
}

import Logging
import ServiceLifecycle
import Shared

/// Holds the daemon in maintenance while migrations are pending, and lets it run once the
/// schema is current: after `odysseyctl migrate`, `auto_migrate`, or another daemon migrating.
///
/// ```swift
/// let gate = SchemaGate(migrator: migrator, health: health, readiness: readiness, autoMigrate: false, logger: logger)
/// await gate.waitUntilRunning()   // features start here
/// ```
actor SchemaGate: Service {
    nonisolated let migrator: Migrator
    let health: DaemonHealth
    let readiness: Readiness
    let autoMigrate: Bool
    let recheckInterval: Duration
    private let logger: Logger
    private let running = Latch()
    private var lastReported = ""
    private var lastAutoMigrateError: String?

    init(migrator: Migrator, health: DaemonHealth, readiness: Readiness, autoMigrate: Bool, recheckInterval: Duration = .seconds(5), logger: Logger) {
        self.migrator = migrator
        self.health = health
        self.readiness = readiness
        self.autoMigrate = autoMigrate
        self.recheckInterval = recheckInterval
        self.logger = logger
    }

    func run() async throws {
        await converge()
        await readiness.mark(.schemaChecked)
        // While in maintenance, keep trying: the database may come back, another daemon or
        // `odysseyctl migrate` may bring the schema current.
        await Ticker.every(recheckInterval) { [self] in
            if await health.state == .maintenance { await converge() }
        }
        await health.setState(.stopping)
    }

    /// With `auto_migrate`, applies what is pending; otherwise only reads the schema's state.
    private func converge() async {
        guard autoMigrate else { return await refresh() }
        do {
            _ = try await migrate()
            lastAutoMigrateError = nil
        } catch {
            let message = "\(error)"
            if message != lastAutoMigrateError {
                logger.error("auto_migrate failed; staying in maintenance and retrying", metadata: ["error": "\(message)"])
                lastAutoMigrateError = message
            }
            await refresh()
        }
    }

    /// Applies pending migrations, then re-evaluates the daemon's state.
    func migrate() async throws -> MigrationReport {
        let report = try await migrator.apply()
        await apply(report)
        return report
    }

    /// Reads the schema's state; on a database error the daemon stays as it is.
    func refresh() async {
        do {
            await apply(try await migrator.status())
        } catch {
            logger.warning("cannot read the schema state", metadata: ["error": "\(error)"])
        }
    }

    /// Whether the schema has been current (the daemon left maintenance) at least once.
    var isRunning: Bool {
        get async { await running.isOpen }
    }

    /// Returns once the schema is current, or when the task is cancelled.
    func waitUntilRunning() async {
        await running.wait()
    }

    private func apply(_ report: MigrationReport) async {
        let problems = report.problems.map(Migrator.explain)
        await health.setSchema(pending: report.pending.count, problems: problems)
        let current = await health.state
        guard current != .stopping else { return }
        if report.pending.isEmpty && problems.isEmpty {
            if current != .running {
                logger.notice("schema is current: running")
                await health.setState(.running)
                await running.open()
            }
        } else {
            await health.setState(.maintenance)
            let summary = (report.pending.map(\.fileName) + problems).joined(separator: "; ")
            guard summary != lastReported else { return }
            lastReported = summary
            logger.notice("maintenance: schema not current; run `odysseyctl migrate`", metadata: [
                "pending": "\(report.pending.map(\.fileName).joined(separator: ","))",
                "problems": "\(problems.joined(separator: "; "))",
            ])
        }
    }
}

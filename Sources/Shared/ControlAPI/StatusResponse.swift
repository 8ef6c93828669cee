import Foundation

/// Whether the daemon serves features or waits for its schema.
public enum DaemonState: String, Codable, Sendable {
    /// Migrations are pending: the control API and health work, features wait.
    case maintenance
    case running
    case stopping
}

/// `GET /v1/status`: what `odysseyctl status` shows.
public struct StatusResponse: Codable, Sendable, Equatable {
    public var version: String
    public var pid: Int32
    public var startedAt: Date
    /// Seconds since the daemon started.
    public var uptime: Double
    public var state: DaemonState
    /// `ok` or `fail`, the same words `/healthz` uses.
    public var db: String
    /// `ready` or `not_ready`.
    public var discord: String
    /// The job system: `ok` or `fail`.
    public var boss: String
    public var pendingMigrations: Int
    /// Problems the daemon knows of (a changed migration, a database error), worded for people.
    public var problems: [String]

    public init(
        version: String, pid: Int32, startedAt: Date, uptime: Double, state: DaemonState,
        db: String, discord: String, boss: String, pendingMigrations: Int, problems: [String]
    ) {
        self.version = version
        self.pid = pid
        self.startedAt = startedAt
        self.uptime = uptime
        self.state = state
        self.db = db
        self.discord = discord
        self.boss = boss
        self.pendingMigrations = pendingMigrations
        self.problems = problems
    }

    /// Healthy means the database answers and nothing waits on the operator.
    public var isHealthy: Bool {
        db == "ok" && state == .running && problems.isEmpty
    }
}

import Foundation

/// What the runbooks look at: the daemon's health, the database, the job tables, the Discord
/// gateway and rate limiter. Optional parts are those a daemon without `DISCORD_TOKEN` lacks.
///
/// ```swift
/// let context = RunbookContext(pool: pool, health: health, jobs: JobInspector(queue: queue),
///                              schemaReady: { await gate.isRunning }, gateway: gatewayStatus, limiter: rest.limiter)
/// ```
struct RunbookContext: Sendable {
    let pool: PostgresPool
    let health: DaemonHealth
    let jobs: JobInspector
    let schemaReady: @Sendable () async -> Bool
    var gateway: GatewayStatusBoard?
    var limiter: RateLimiter?
    /// A due job waiting longer than this counts as stuck (the doctor's `jobs` check uses the same).
    var stuckAfter: TimeInterval = 300

    var now: Date { jobs.queue.clock.now() }

    /// Whether `table` exists: the features the seed's runbooks name but this version lacks have none.
    func tableExists(_ table: String) async throws -> Bool {
        try await pool.query("SELECT to_regclass($1) IS NOT NULL AS present", [table]).first?.decode(Bool.self, column: "present") ?? false
    }

    func columnExists(_ table: String, _ column: String) async throws -> Bool {
        try await pool.query(
            "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2) AS present",
            [table, column]
        ).first?.decode(Bool.self, column: "present") ?? false
    }

    /// Why the database steps cannot run now, or nil when they can.
    func databaseUnavailable() async -> String? {
        guard await health.database else { return "not checked: the database is unreachable (see the database-outage runbook)" }
        guard await schemaReady() else { return "not checked: migrations are pending (run `odysseyctl migrate`)" }
        return nil
    }
}

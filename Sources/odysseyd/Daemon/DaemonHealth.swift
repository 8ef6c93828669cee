import Foundation
import Shared

/// What the daemon knows of its own health: the source of `/healthz` and `odysseyctl status`.
///
/// Subsystems that this daemon does not run (yet) report `nil` and do not count against `ok`.
actor DaemonHealth {
    let startedAt = Date()
    private let startInstant = ContinuousClock.now

    private(set) var database = false
    private var databaseProblem: String?
    private(set) var state: DaemonState = .maintenance
    private(set) var pendingMigrations = 0
    private var migrationProblems: [String] = []
    /// `nil` while no gateway runs in this daemon.
    private(set) var discordReady: Bool?
    /// Why the gateway stopped for good (a fatal close code), worded for the operator.
    private var discordProblem: String?
    /// `nil` while the job runner waits for the schema (maintenance) or has stopped.
    private(set) var jobSystemHealthy: Bool?

    func setDatabase(up: Bool, problem: String?) {
        database = up
        databaseProblem = problem
    }

    func setSchema(pending: Int, problems: [String]) {
        pendingMigrations = pending
        migrationProblems = problems
    }

    func setState(_ newState: DaemonState) {
        state = newState
    }

    /// `problem`: why the gateway cannot go on by itself (a fatal close code's explanation); it
    /// stays in `status` until the gateway is ready again.
    func setDiscord(ready: Bool?, problem: String? = nil) {
        discordReady = ready
        if ready == true { discordProblem = nil } else if let problem { discordProblem = problem }
    }

    func setJobSystem(healthy: Bool?) {
        jobSystemHealthy = healthy
    }

    var uptime: Double {
        let elapsed = startInstant.duration(to: .now)
        return elapsed.seconds
    }

    var problems: [String] {
        var problems = migrationProblems
        if let databaseProblem, !database { problems.append(databaseProblem) }
        if let discordProblem { problems.append(discordProblem) }
        if pendingMigrations > 0 {
            problems.append("\(pendingMigrations) migration(s) pending: run `odysseyctl migrate`")
        }
        return problems
    }

    var isOK: Bool {
        database && state == .running && migrationProblems.isEmpty
            && discordReady != false && jobSystemHealthy != false
    }

    var healthReport: HealthReport {
        HealthReport(
            ok: isOK,
            version: OdysseyVersion.current,
            uptime: (uptime * 10).rounded() / 10,
            db: databaseWord, discord: discordWord, boss: jobSystemWord
        )
    }

    var statusResponse: StatusResponse {
        StatusResponse(
            version: OdysseyVersion.current, pid: getpid(), startedAt: startedAt, uptime: uptime,
            state: state, db: databaseWord, discord: discordWord, boss: jobSystemWord,
            pendingMigrations: pendingMigrations, problems: problems
        )
    }

    // The operations seed's words, shared by /healthz and the control API.
    private var databaseWord: String { database ? "ok" : "fail" }
    private var discordWord: String { discordReady == true ? "ready" : "not_ready" }
    private var jobSystemWord: String { jobSystemHealthy == true ? "ok" : "fail" }
}

/// The body of `GET /healthz`, with exactly the fields and words of the operations seed.
struct HealthReport: Codable, Sendable, Equatable {
    var ok: Bool
    var version: String
    /// Seconds since start.
    var uptime: Double
    var db: String
    var discord: String
    var boss: String
}

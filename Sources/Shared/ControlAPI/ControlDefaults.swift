import Foundation

/// Where the control socket lives and which paths it serves.
public enum ControlDefaults {
    /// The socket path used when neither `--socket` nor `ODYSSEY_CONTROL_SOCKET` says otherwise.
    public static let socketPath = "/run/odysseyd/control.sock"
    /// The environment variable that overrides ``socketPath`` for both programs.
    public static let socketEnvironmentVariable = "ODYSSEY_CONTROL_SOCKET"
}

/// The control API's routes, all under `/v1/`.
public enum ControlPath {
    public static let status = "/v1/status"
    public static let migrations = "/v1/migrations"
    public static let applyMigrations = "/v1/migrations/apply"
    public static let seed = "/v1/seed"

    /// `GET`: ``QueueListResponse``.
    public static let queues = "/v1/queues"
    /// `GET`: ``QueueDetail``.
    public static func queue(_ name: String) -> String { "/v1/queues/\(escaped(name))" }
    /// `POST` a ``QueuePurgeRequest``: ``QueuePurgeResponse``.
    public static func purgeQueue(_ name: String) -> String { "/v1/queues/\(escaped(name))/purge" }
    /// `POST` a ``JobEnqueueRequest``: ``JobEnqueueResponse``.
    public static let jobs = "/v1/jobs"
    /// `GET`: ``JobDetail``.
    public static func job(_ id: Int64) -> String { "/v1/jobs/\(id)" }
    /// `POST`: ``JobActionResponse``.
    public static func retryJob(_ id: Int64) -> String { "/v1/jobs/\(id)/retry" }
    /// `POST`: ``JobActionResponse``.
    public static func cancelJob(_ id: Int64) -> String { "/v1/jobs/\(id)/cancel" }
    /// `GET`: ``ScheduleListResponse``.
    public static let schedules = "/v1/schedules"
    /// `POST`: the ``ScheduleSummary`` afterwards.
    public static func enableSchedule(_ name: String) -> String { "/v1/schedules/\(escaped(name))/enable" }
    /// `POST`: the ``ScheduleSummary`` afterwards.
    public static func disableSchedule(_ name: String) -> String { "/v1/schedules/\(escaped(name))/disable" }

    /// `GET`, optional `?guild_id=`: ``CommandPlanReport``.
    public static func commandPlan(guildID: String?) -> String {
        guildID.map { "/v1/commands/plan?guild_id=\(escaped($0))" } ?? "/v1/commands/plan"
    }
    /// `POST` a ``CommandDeployRequest``: ``CommandPlanReport``.
    public static let commandDeploy = "/v1/commands/deploy"
    /// `GET`, optional `?guild_id=`: ``InviteReport``.
    public static func invite(guildID: String?) -> String {
        guildID.map { "/v1/invite?guild_id=\(escaped($0))" } ?? "/v1/invite"
    }

    /// `GET`, optional `?guild_id=` and `?since=` (a duration such as `7d`): ``CommandUsageReport``.
    public static func stats(guildID: String?, since: String?) -> String {
        let query = [guildID.map { "guild_id=\(escaped($0))" }, since.map { "since=\(escaped($0))" }].compactMap { $0 }
        return query.isEmpty ? "/v1/stats" : "/v1/stats?" + query.joined(separator: "&")
    }

    /// `GET`, `?all=true` for expired and revoked too: ``SessionListResponse``.
    public static func sessions(all: Bool) -> String { all ? "/v1/sessions?all=true" : "/v1/sessions" }
    /// `POST` a ``SessionRevokeRequest``: ``SessionRevokeResponse``.
    public static let revokeSessions = "/v1/sessions/revoke"

    /// `GET`, optional `?guild_id=`: ``FeatureListReport``; `POST` a ``FeatureSetRequest``: ``FeatureSetReport``.
    public static func features(guildID: String?) -> String {
        guildID.map { "/v1/features?guild_id=\(escaped($0))" } ?? "/v1/features"
    }
    /// `GET`, optional `?guild_id=` and `?limit=`: ``AuditReport``.
    public static func audit(guildID: String?, limit: Int?) -> String {
        let query = [guildID.map { "guild_id=\(escaped($0))" }, limit.map { "limit=\($0)" }].compactMap { $0 }
        return query.isEmpty ? "/v1/audit" : "/v1/audit?" + query.joined(separator: "&")
    }

    /// `GET` with `?guild_id=`: ``ConfigListReport``.
    public static func config(guildID: String) -> String { "/v1/config?guild_id=\(escaped(guildID))" }
    /// `POST` a ``ConfigSetRequest``: ``ConfigSetReport``.
    public static let setConfig = "/v1/config"

    /// `GET`: ``BackupListResponse``; `POST`: ``BackupCreateResponse``.
    public static let backups = "/v1/backups"
    /// `POST` a ``BackupRestoreRequest``: ``BackupRestoreResponse``.
    public static let restoreBackup = "/v1/backups/restore"
    /// `POST` a ``BackupScheduleRequest``: the ``ScheduleSummary`` afterwards.
    public static let backupSchedule = "/v1/backups/schedule"

    /// `GET`, optional `?check=NAME`: ``DoctorReport``.
    public static func doctor(check: String?) -> String {
        check.map { "/v1/doctor?check=\(escaped($0))" } ?? "/v1/doctor"
    }
    /// `GET`: ``DoctorCheckListResponse``.
    public static let doctorChecks = "/v1/doctor/checks"

    /// `GET`: ``RunbookListResponse``.
    public static let runbooks = "/v1/runbooks"
    /// `GET`: ``RunbookInfo``.
    public static func runbook(_ name: String) -> String { "/v1/runbooks/\(escaped(name))" }
    /// `POST` a ``RunbookRunRequest``: ``RunbookReport``.
    public static func runRunbook(_ name: String) -> String { "/v1/runbooks/\(escaped(name))/run" }

    private static func escaped(_ component: String) -> String {
        component.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? component
    }
}

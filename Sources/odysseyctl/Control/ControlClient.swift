import AsyncHTTPClient
import Foundation
import NIOCore
import Shared

/// Talks to `odysseyd` over its control socket: one HTTP/1.1 request per call, JSON both ways.
///
/// ```swift
/// let client = ControlClient(socketPath: "/run/odysseyd/control.sock")
/// let status = try await client.status()
/// let report = try await client.applyMigrations()
/// let enqueued = try await client.enqueueJob(JobEnqueueRequest(name: "duel.round.close", payload: .object([:])))
/// ```
///
/// Every call throws a ``CommandFailure``: ``DaemonUnreachable`` when nothing answers on the
/// socket, ``DaemonError`` when the daemon answers with an error, ``ControlRequestFailed``
/// for anything in between.
struct ControlClient: Sendable {
    var socketPath: String
    var connectTimeout: TimeAmount
    /// Applying migrations holds the request open until the last one commits.
    var requestTimeout: TimeAmount

    init(
        socketPath: String,
        connectTimeout: TimeAmount = .seconds(2),
        requestTimeout: TimeAmount = .seconds(60)
    ) {
        self.socketPath = socketPath
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
    }

    func status() async throws -> StatusResponse {
        try await send(.get, ControlPath.status)
    }

    func migrations() async throws -> MigrationReport {
        try await send(.get, ControlPath.migrations)
    }

    /// Waits up to an hour: the daemon answers only once the last migration has committed.
    func applyMigrations() async throws -> MigrationReport {
        var patient = self
        patient.requestTimeout = max(requestTimeout, .hours(1))
        return try await patient.send(.post, ControlPath.applyMigrations)
    }

    func seed() async throws -> SeedReport {
        try await send(.post, ControlPath.seed)
    }

    func queues() async throws -> QueueListResponse {
        try await send(.get, ControlPath.queues)
    }

    func queue(_ name: String) async throws -> QueueDetail {
        try await send(.get, ControlPath.queue(name))
    }

    func purgeQueue(_ name: String, state: JobState) async throws -> QueuePurgeResponse {
        try await send(.post, ControlPath.purgeQueue(name), body: QueuePurgeRequest(state: state))
    }

    func job(_ id: Int64) async throws -> JobDetail {
        try await send(.get, ControlPath.job(id))
    }

    func retryJob(_ id: Int64) async throws -> JobActionResponse {
        try await send(.post, ControlPath.retryJob(id))
    }

    func cancelJob(_ id: Int64) async throws -> JobActionResponse {
        try await send(.post, ControlPath.cancelJob(id))
    }

    func enqueueJob(_ request: JobEnqueueRequest) async throws -> JobEnqueueResponse {
        try await send(.post, ControlPath.jobs, body: request)
    }

    func schedules() async throws -> ScheduleListResponse {
        try await send(.get, ControlPath.schedules)
    }

    /// The schedule as it is afterwards.
    func setSchedule(_ name: String, enabled: Bool) async throws -> ScheduleSummary {
        try await send(.post, enabled ? ControlPath.enableSchedule(name) : ControlPath.disableSchedule(name))
    }

    /// What a deploy would change, for one guild or (nil) globally.
    func commandPlan(guildID: String?) async throws -> CommandPlanReport {
        try await send(.get, ControlPath.commandPlan(guildID: guildID))
    }

    /// Writes the declared commands when they differ; the report says whether it did.
    func deployCommands(guildID: String?) async throws -> CommandPlanReport {
        try await send(.post, ControlPath.commandDeploy, body: CommandDeployRequest(guildId: guildID))
    }

    func invite(guildID: String?) async throws -> InviteReport {
        try await send(.get, ControlPath.invite(guildID: guildID))
    }

    /// Command usage since a duration ago (`7d`), for one guild or (nil) all of them.
    func stats(guildID: String?, since: String) async throws -> CommandUsageReport {
        try await send(.get, ControlPath.stats(guildID: guildID, since: since))
    }

    /// Every feature and whether it is on, in one guild or (nil) globally.
    func features(guildID: String?) async throws -> FeatureListReport {
        try await send(.get, ControlPath.features(guildID: guildID))
    }

    /// Switches features (nil: all of them) on or off, in one guild or (nil) globally.
    func setFeatures(_ names: [String]?, enabled: Bool, guildID: String?) async throws -> FeatureSetReport {
        try await send(.post, ControlPath.features(guildID: nil), body: FeatureSetRequest(guildId: guildID, names: names, enabled: enabled))
    }

    /// The administrators' audit trail, newest first.
    func audit(guildID: String?, limit: Int?) async throws -> AuditReport {
        try await send(.get, ControlPath.audit(guildID: guildID, limit: limit))
    }

    /// Every per-guild setting of one guild, with defaults and descriptions.
    func config(guildID: String) async throws -> ConfigListReport {
        try await send(.get, ControlPath.config(guildID: guildID))
    }

    /// Changes one setting of one guild (`unset` clears an optional one).
    func setConfig(_ key: String, to value: String, guildID: String) async throws -> ConfigSetReport {
        try await send(.post, ControlPath.setConfig, body: ConfigSetRequest(guildId: guildID, key: key, value: value))
    }

    /// Dashboard sessions; `all` includes expired and revoked ones.
    func sessions(all: Bool) async throws -> SessionListResponse {
        try await send(.get, ControlPath.sessions(all: all))
    }

    func revokeSessions(_ request: SessionRevokeRequest) async throws -> SessionRevokeResponse {
        try await send(.post, ControlPath.revokeSessions, body: request)
    }

    func backups() async throws -> BackupListResponse {
        try await send(.get, ControlPath.backups)
    }

    /// Waits up to an hour: the daemon answers once the dump is written.
    func createBackup() async throws -> BackupCreateResponse {
        var patient = self
        patient.requestTimeout = max(requestTimeout, .hours(1))
        return try await patient.send(.post, ControlPath.backups)
    }

    /// Waits up to an hour: the daemon answers once pg_restore has committed.
    func restoreBackup(_ request: BackupRestoreRequest) async throws -> BackupRestoreResponse {
        var patient = self
        patient.requestTimeout = max(requestTimeout, .hours(1))
        return try await patient.send(.post, ControlPath.restoreBackup, body: request)
    }

    /// The `backup.create` schedule as it is afterwards.
    func setBackupSchedule(enabled: Bool) async throws -> ScheduleSummary {
        try await send(.post, ControlPath.backupSchedule, body: BackupScheduleRequest(enabled: enabled))
    }

    /// Every check, or only `check`; a Discord call can take a while, hence the daemon's per-check timeout.
    func doctor(check: String?) async throws -> DoctorReport {
        try await send(.get, ControlPath.doctor(check: check))
    }

    func doctorChecks() async throws -> DoctorCheckListResponse {
        try await send(.get, ControlPath.doctorChecks)
    }

    func runbooks() async throws -> RunbookListResponse {
        try await send(.get, ControlPath.runbooks)
    }

    func runbook(_ name: String) async throws -> RunbookInfo {
        try await send(.get, ControlPath.runbook(name))
    }

    func runRunbook(_ name: String, _ request: RunbookRunRequest) async throws -> RunbookReport {
        try await send(.post, ControlPath.runRunbook(name), body: request)
    }

    enum Method: Sendable {
        case get, post
    }

    /// The raw exchange, for callers that want a path this type has no method for yet.
    func send<Response: Decodable>(
        _ method: Method, _ path: String, as type: Response.Type = Response.self
    ) async throws -> Response {
        try await decode(exchange(method, path, body: nil), from: path)
    }

    /// The same with a JSON request body, in the control API's dialect.
    func send<Response: Decodable>(
        _ method: Method, _ path: String, body: some Encodable, as type: Response.Type = Response.self
    ) async throws -> Response {
        let data: Data
        do {
            data = try ControlJSON.encoder.encode(body)
        } catch {
            throw ControlRequestFailed("odysseyctl cannot encode its request to \(path): \(error)")
        }
        return try await decode(exchange(method, path, body: data), from: path)
    }

    private func decode<Response: Decodable>(_ response: RawResponse, from path: String) throws -> Response {
        guard (200..<300).contains(response.status) else {
            throw DaemonError(status: response.status, reason: response.reason, body: response.body)
        }
        do {
            return try ControlJSON.decoder.decode(Response.self, from: response.body)
        } catch {
            throw ControlRequestFailed(
                "odysseyd answered \(path) with JSON odysseyctl \(OdysseyVersion.current) cannot read "
                    + "(are the daemon and odysseyctl the same version?): \(error)"
            )
        }
    }

    private struct RawResponse: Sendable {
        var status: Int
        var reason: String
        var body: Data
    }

    private func exchange(_ method: Method, _ path: String, body: Data?) async throws -> RawResponse {
        guard let url = URL(httpURLWithSocketPath: socketPath, uri: path) else {
            throw ControlRequestFailed("cannot build a request URL for socket \(socketPath)")
        }
        var request = HTTPClientRequest(url: url.absoluteString)
        switch method {
        case .get: request.method = .GET
        case .post: request.method = .POST
        }
        // Never Origin or Referer: the daemon refuses requests carrying them, which is how it
        // keeps browsers tricked into dialing the socket out.
        request.headers.add(name: "Host", value: "localhost")
        request.headers.add(name: "User-Agent", value: "odysseyctl/\(OdysseyVersion.current)")
        request.headers.add(name: "Accept", value: "application/json")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }

        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let result: Result<RawResponse, any Error>
        do {
            let response = try await client.execute(request, timeout: requestTimeout)
            let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
            result = .success(RawResponse(
                status: Int(response.status.code),
                reason: response.status.reasonPhrase,
                body: Data(body.readableBytesView)
            ))
        } catch {
            result = .failure(error)
        }
        // Shut down on every path (an HTTPClient that is never shut down traps on deinit),
        // and only then report, so the failure is not lost to a shutdown error.
        try? await client.shutdown()
        return try result.mapError { failure(for: $0, path: path) }.get()
    }

    private var configuration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: connectTimeout, read: requestTimeout)
        configuration.redirectConfiguration = .disallow
        configuration.httpVersion = .http1Only
        // By default a failed connect is retried until the connect timeout; a missing socket
        // will not appear in two seconds, so say so at once.
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }

    /// Sorts transport errors into "nobody there" (exit 69) and "it broke mid-way" (exit 1).
    private func failure(for error: any Error, path: String) -> any Error {
        if let failure = error as? any CommandFailure {
            return failure
        }
        if let ioError = error as? IOError {
            return DaemonUnreachable(socketPath: socketPath, errno: ioError.errnoCode)
        }
        if let socketAddressError = error as? SocketAddressError {
            return DaemonUnreachable(socketPath: socketPath, reason: .other, detail: "\(socketAddressError)")
        }
        if let httpError = error as? HTTPClientError {
            switch httpError {
            case .connectTimeout:
                return DaemonUnreachable(
                    socketPath: socketPath, reason: .other,
                    detail: "no connection within \(Self.secondsText(connectTimeout))"
                )
            case .deadlineExceeded, .readTimeout:
                return ControlRequestFailed(
                    "odysseyd at \(socketPath) did not answer \(path) within "
                        + "\(Self.secondsText(requestTimeout)); it may still be working on it"
                )
            case .remoteConnectionClosed:
                return ControlRequestFailed(
                    "odysseyd at \(socketPath) closed the connection without answering \(path)"
                )
            default:
                break
            }
        }
        return ControlRequestFailed("request \(path) to odysseyd at \(socketPath) failed: \(error)")
    }

    private static func secondsText(_ amount: TimeAmount) -> String {
        "\(amount.nanoseconds / 1_000_000_000) s"
    }
}

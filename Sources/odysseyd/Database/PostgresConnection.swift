import CLibPQ
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection, driven through libpq's asynchronous API with a deadline on every wait.
///
/// Its methods block the calling thread while they `poll(2)` the connection's socket, so they
/// are only ever called from ``PostgresPool``'s dedicated thread pool, never from Swift's
/// cooperative threads.
///
/// `@unchecked Sendable`: the pool leases a connection to one task at a time, and that task runs
/// each call on one pool thread; libpq needs no more than that.
final class PostgresConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    /// Statements this connection has prepared, by SQL text: the server parses and plans each
    /// once per connection instead of on every call.
    private var prepared: [String: String] = [:]
    private var preparedCount = 0
    static let preparedLimit = 256

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        PQfinish(handle)
    }

    /// Opens a connection from a libpq conninfo string or URL; `PG*` variables and `~/.pgpass`
    /// fill in what it leaves out, as in every libpq program.
    static func connect(settings: ConnectionSettings) throws -> PostgresConnection {
        let parameters = settings.libpqParameters
        let handle: OpaquePointer? = withArrayOfCStrings(parameters.map(\.key)) { keywords in
            withArrayOfCStrings(parameters.map(\.value)) { values in
                PQconnectdbParams(keywords, values, 1)
            }
        }
        guard let handle else {
            throw DatabaseError.connection("out of memory creating a libpq connection")
        }
        let connection = PostgresConnection(handle: handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            throw DatabaseError.connection(connection.lastErrorMessage)
        }
        // Row decoding relies on ISO dates in UTC, whatever the server or role defaults are.
        // Prepared statements keep their parse but are planned for their parameters each time:
        // a generic plan for the job claim, made while the queue was empty, scans the whole
        // table once it is full.
        try connection.execute(
            "SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'; "
                + "SET plan_cache_mode = force_custom_plan; "
                + "SET statement_timeout = \(settings.statementTimeoutMilliseconds)",
            timeout: settings.operationTimeout
        )
        return connection
    }

    /// False once libpq has seen the connection break; the pool then drops it.
    var isUsable: Bool {
        PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) == PQTRANS_IDLE
    }

    var socket: Int32 { PQsocket(handle) }

    /// Runs one parameterised statement. Parameters travel separately from the SQL text.
    ///
    /// Data statements are prepared on first use and reused afterwards. A prepared statement the
    /// server no longer accepts (a migration changed a table under it) is dropped and the call
    /// repeated unprepared, unless a transaction is open: that transaction is already aborted, and
    /// the error goes to the caller as any other.
    func query(_ sql: String, _ parameters: [String?], timeout: Duration) throws -> PostgresQueryResult {
        guard Self.isPreparable(sql) else { return try queryUnprepared(sql, parameters, timeout: timeout) }
        let name = try preparedName(for: sql, parameterCount: parameters.count, timeout: timeout)
        let sent = withArrayOfOptionalCStrings(parameters) { values in
            PQsendQueryPrepared(handle, name, Int32(parameters.count), values, nil, nil, 0)
        }
        guard sent == 1 else { throw failure() }
        do {
            return try collectResult(timeout: timeout)
        } catch let error as DatabaseError where Self.invalidatesPreparedStatement(error) {
            prepared[sql] = nil
            guard PQtransactionStatus(handle) == PQTRANS_IDLE else { throw error }
            return try queryUnprepared(sql, parameters, timeout: timeout)
        }
    }

    private func queryUnprepared(_ sql: String, _ parameters: [String?], timeout: Duration) throws -> PostgresQueryResult {
        let sent = withArrayOfOptionalCStrings(parameters) { values in
            PQsendQueryParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard sent == 1 else { throw failure() }
        return try collectResult(timeout: timeout)
    }

    private func preparedName(for sql: String, parameterCount: Int, timeout: Duration) throws -> String {
        if let name = prepared[sql] { return name }
        if prepared.count >= Self.preparedLimit {
            try execute("DEALLOCATE ALL", timeout: timeout)
            prepared.removeAll()
        }
        preparedCount += 1
        let name = "odyssey_\(preparedCount)"
        guard PQsendPrepare(handle, name, sql, Int32(parameterCount), nil) == 1 else { throw failure() }
        _ = try collectResult(timeout: timeout)
        prepared[sql] = name
        return name
    }

    /// Statements worth preparing: data statements, not utility commands.
    private static func isPreparable(_ sql: String) -> Bool {
        let keyword = sql.drop { $0.isWhitespace }.prefix { $0.isLetter }.lowercased()
        return ["select", "insert", "update", "delete", "with"].contains(keyword)
    }

    /// "cached plan must not change result type" (0A000) and a statement that is gone (26000).
    private static func invalidatesPreparedStatement(_ error: DatabaseError) -> Bool {
        error.sqlState == "26000" || (error.sqlState == "0A000" && error.message.contains("cached plan"))
    }

    /// Runs SQL that may hold several statements and takes no parameters (migration files,
    /// session settings). Never call it with text built from input.
    func execute(_ sql: String, timeout: Duration) throws {
        guard PQsendQuery(handle, sql) == 1 else { throw failure() }
        _ = try collectResult(timeout: timeout)
    }

    /// Quotes a name (a LISTEN channel, say) the way the server expects an identifier.
    func escapeIdentifier(_ name: String) throws -> String {
        guard let escaped = PQescapeIdentifier(handle, name, name.utf8.count) else { throw failure() }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }

    /// Reads what the server has sent and returns pending notifications, without blocking.
    func drainNotifications() throws -> [PostgresNotification] {
        guard PQconsumeInput(handle) == 1 else { throw failure() }
        var notifications: [PostgresNotification] = []
        while let notify = PQnotifies(handle) {
            notifications.append(PostgresNotification(
                channel: String(cString: notify.pointee.relname),
                payload: String(cString: notify.pointee.extra),
                processID: notify.pointee.be_pid
            ))
            PQfreemem(notify)
        }
        return notifications
    }

    /// Waits until the socket is readable or the timeout passes; true when readable.
    func waitReadable(timeout: Duration) throws -> Bool {
        try waitSocket(events: Int16(POLLIN), until: .now + timeout)
    }

    private func collectResult(timeout: Duration) throws -> PostgresQueryResult {
        let deadline = ContinuousClock.now + timeout
        // Flush what libpq could not send at once (large parameters).
        while true {
            let flush = PQflush(handle)
            if flush == 0 { break }
            if flush < 0 { throw failure() }
            guard try waitSocket(events: Int16(POLLOUT | POLLIN), until: deadline) else { throw timedOut(timeout) }
            guard PQconsumeInput(handle) == 1 else { throw failure() }
        }
        var outcome: Result<PostgresQueryResult, DatabaseError>?
        while true {
            while PQisBusy(handle) == 1 {
                guard try waitSocket(events: Int16(POLLIN), until: deadline) else { throw timedOut(timeout) }
                guard PQconsumeInput(handle) == 1 else { throw failure() }
            }
            guard let result = PQgetResult(handle) else { break }
            defer { PQclear(result) }
            // With several statements the first error wins; later results are drained so the
            // connection is ready for the next query.
            if outcome == nil || (try? outcome?.get()) != nil {
                outcome = Self.read(result)
            }
        }
        guard let outcome else { throw failure() }
        return try outcome.get()
    }

    private static func read(_ result: OpaquePointer) -> Result<PostgresQueryResult, DatabaseError> {
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            let columnCount = PQnfields(result)
            let columns = (0..<columnCount).map { index in
                PostgresColumn(name: String(cString: PQfname(result, index)), typeOID: PQftype(result, index))
            }
            let rowCount = PQntuples(result)
            var rows: [[String?]] = []
            rows.reserveCapacity(Int(rowCount))
            for row in 0..<rowCount {
                rows.append((0..<columnCount).map { column in
                    PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
                })
            }
            let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
            return .success(PostgresQueryResult(columns: columns, values: rows, affectedRows: affected))
        default:
            func field(_ code: Int32) -> String? {
                PQresultErrorField(result, code).map { String(cString: $0) }
            }
            // postgres_ext.h defines the PG_DIAG_* codes as character macros, which Swift does
            // not import: 'M' message, 'C' SQLSTATE, 'D' detail, 'H' hint.
            let message = field(Int32(UInt8(ascii: "M")))
                ?? String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(.server(
                sqlState: field(Int32(UInt8(ascii: "C"))), message: message,
                detail: field(Int32(UInt8(ascii: "D"))), hint: field(Int32(UInt8(ascii: "H")))
            ))
        }
    }

    private func waitSocket(events: Int16, until deadline: ContinuousClock.Instant) throws -> Bool {
        let descriptor = PQsocket(handle)
        guard descriptor >= 0 else { throw failure() }
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining <= .zero { return false }
            let milliseconds = Int32(clamping: remaining.milliseconds + 1)
            var pollDescriptor = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&pollDescriptor, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR {
                throw DatabaseError.connection("poll on the database socket failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    private var lastErrorMessage: String {
        String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func failure() -> DatabaseError {
        .connection(lastErrorMessage.isEmpty ? "connection lost" : lastErrorMessage)
    }

    /// A query past its deadline leaves the connection mid-protocol, so it is closed, not reused.
    private func timedOut(_ timeout: Duration) -> DatabaseError {
        let descriptor = PQsocket(handle)
        if descriptor >= 0 { shutdown(descriptor, Int32(SHUT_RDWR)) }
        return .timeout("database did not answer within \(timeout)")
    }
}

/// Runs `body` with a C array of C strings that lives as long as the call.
private func withArrayOfCStrings<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
) -> Result {
    withArrayOfOptionalCStrings(strings.map { Optional($0) }, body)
}

/// As `withArrayOfCStrings`, with NULL for `nil` (an SQL NULL parameter) and a trailing NULL.
private func withArrayOfOptionalCStrings<Result>(
    _ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
) -> Result {
    // Unsafe: libpq reads these pointers only during the call; strdup'd copies are freed after it.
    let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
    defer { pointers.forEach { free($0) } }
    let constPointers = pointers.map { UnsafePointer($0) } + [nil]
    return constPointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

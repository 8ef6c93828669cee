import Logging
import NIOPosix
import ServiceLifecycle

/// A fixed-size pool of libpq connections whose blocking calls run on a dedicated thread pool,
/// so Swift's cooperative threads never wait on the database.
///
/// Connections open lazily and are dropped when they break; the next lease opens a new one, so
/// the pool recovers from a database outage by itself.
///
/// ```swift
/// let pool = PostgresPool(settings: settings, size: 10, logger: logger)
/// let rows = try await pool.query("SELECT key, value FROM settings").rows
/// try await pool.withTransaction { tx in
///     try await tx.query("UPDATE feature_flags SET enabled = $1 WHERE name = $2", [true, "dice"])
/// }
/// ```
actor PostgresPool: PostgresQuerying, Service {
    let settings: ConnectionSettings
    let size: Int
    let acquireTimeout: Duration
    /// One thread per connection plus one, so the health check never queues behind queries.
    nonisolated let threads: NIOThreadPool
    private let logger: Logger

    private var idle: [PostgresConnection] = []
    private var openCount = 0
    private var waiters: [Waiter] = []
    private var nextWaiterID = 0
    private var isClosed = false
    /// Set by the health monitor: while the server is known to be down, leases fail at once.
    private var outage: DatabaseError?

    private struct Waiter {
        let id: Int
        /// Resumed with a connection, or with `nil` meaning "a slot is free: open one".
        let continuation: CheckedContinuation<PostgresConnection?, any Error>
    }

    init(settings: ConnectionSettings, size: Int, acquireTimeout: Duration = .seconds(10), logger: Logger) {
        precondition(size > 0, "a pool needs at least one connection")
        self.settings = settings
        self.size = size
        self.acquireTimeout = acquireTimeout
        self.logger = logger
        self.threads = NIOThreadPool(numberOfThreads: size + 1)
        threads.start()
    }

    /// Closes every connection when the service group shuts the pool down.
    func run() async throws {
        try? await gracefulShutdown()
        await close()
    }

    nonisolated func query(_ sql: String, _ parameters: [any PostgresEncodable]) async throws -> PostgresQueryResult {
        try await withConnection { try await $0.query(sql, parameters) }
    }

    /// Leases a connection for `body`; it goes back to the pool afterwards, or is closed if broken.
    nonisolated func withConnection<Result: Sendable>(
        _ body: (PostgresSession) async throws -> Result
    ) async throws -> Result {
        let connection = try await lease()
        do {
            let result = try await body(PostgresSession(connection: connection, pool: self))
            await release(connection)
            return result
        } catch {
            await release(connection)
            throw error
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    nonisolated func withTransaction<Result: Sendable>(
        _ body: (PostgresSession) async throws -> Result
    ) async throws -> Result {
        try await withConnection { session in
            try await session.execute("BEGIN")
            let result: Result
            do {
                result = try await body(session)
            } catch {
                // A failed rollback leaves the connection mid-transaction; release() then drops it.
                try? await session.execute("ROLLBACK")
                throw error
            }
            try await session.execute("COMMIT")
            return result
        }
    }

    /// Runs a blocking libpq call on the pool's threads.
    nonisolated func onPoolThread<Result: Sendable>(
        _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        do {
            return try await threads.runIfActive(body)
        } catch is NIOThreadPoolError.ThreadPoolInactive {
            throw DatabaseError.poolClosed
        }
    }

    /// Called by the health monitor; `nil` when the server answers again.
    func setOutage(_ error: DatabaseError?) {
        outage = error
        if error != nil { dropIdleConnections() }
    }

    func close() async {
        guard !isClosed else { return }
        isClosed = true
        for waiter in waiters { waiter.continuation.resume(throwing: DatabaseError.poolClosed) }
        waiters.removeAll()
        dropIdleConnections()
        try? await threads.shutdownGracefully()
    }

    var statistics: (open: Int, idle: Int, waiting: Int) {
        (openCount, idle.count, waiters.count)
    }

    private func lease() async throws -> PostgresConnection {
        if isClosed { throw DatabaseError.poolClosed }
        if let outage { throw outage }
        if let connection = idle.popLast() { return connection }
        if openCount < size { return try await open() }

        let id = nextWaiterID
        nextWaiterID += 1
        let timeout = acquireTimeout
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.expireWaiter(id)
        }
        defer { timer.cancel() }
        let handedOver = try await withCheckedThrowingContinuation { continuation in
            waiters.append(Waiter(id: id, continuation: continuation))
        }
        if let handedOver { return handedOver }
        return try await open()
    }

    private func open() async throws -> PostgresConnection {
        openCount += 1
        do {
            let settings = self.settings
            return try await onPoolThread { try PostgresConnection.connect(settings: settings) }
        } catch {
            openCount -= 1
            handSlotToWaiter()
            throw error
        }
    }

    private func release(_ connection: PostgresConnection) {
        guard !isClosed, connection.isUsable else {
            openCount -= 1
            // A broken connection usually means the server restarted: the idle ones are gone too.
            if !isClosed { dropIdleConnections() }
            handSlotToWaiter()
            return
        }
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().continuation.resume(returning: connection)
        }
    }

    private func handSlotToWaiter() {
        guard openCount < size, !waiters.isEmpty else { return }
        waiters.removeFirst().continuation.resume(returning: nil)
    }

    private func dropIdleConnections() {
        openCount -= idle.count
        idle.removeAll()
        while openCount < size, !waiters.isEmpty { handSlotToWaiter() }
    }

    private func expireWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index)
        let seconds = Double(acquireTimeout.components.seconds)
        waiter.continuation.resume(throwing: DatabaseError.poolExhausted(waited: seconds, size: size))
    }
}

/// A leased connection: queries run on it in order, inside whatever transaction it has open.
struct PostgresSession: PostgresQuerying {
    fileprivate let connection: PostgresConnection
    let pool: PostgresPool

    func query(_ sql: String, _ parameters: [any PostgresEncodable]) async throws -> PostgresQueryResult {
        let texts = parameters.map(\.postgresText)
        let connection = self.connection
        let timeout = pool.settings.operationTimeout
        return try await pool.onPoolThread { try connection.query(sql, texts, timeout: timeout) }
    }

    /// Runs parameterless SQL that may hold several statements, like a migration file.
    func execute(_ sql: String, timeout: Duration? = nil) async throws {
        let connection = self.connection
        let timeout = timeout ?? pool.settings.operationTimeout
        try await pool.onPoolThread { try connection.execute(sql, timeout: timeout) }
    }
}

/// Anything that runs parameterised SQL: the pool (one statement, any connection) or a session.
protocol PostgresQuerying: Sendable {
    func query(_ sql: String, _ parameters: [any PostgresEncodable]) async throws -> PostgresQueryResult
}

extension PostgresQuerying {
    func query(_ sql: String) async throws -> PostgresQueryResult {
        try await query(sql, [])
    }
}

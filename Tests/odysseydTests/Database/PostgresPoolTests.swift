import Foundation
import Synchronization
import Testing
@testable import odysseyd

@Suite("Connection pool")
struct PostgresPoolTests {
    @Test func concurrentQueriesShareABoundedPool() async throws {
        try await TestDatabase.with(poolSize: 1) { database, _ in
            // The test is about the bound, not speed: a loaded machine may take seconds to open a connection.
            let pool = PostgresPool(settings: database.settings, size: 3, acquireTimeout: .seconds(120), logger: .test)
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for value in 0..<60 {
                    group.addTask {
                        try await pool.query("SELECT $1::int AS v, pg_sleep(0.005)", [value]).first!.decode(Int.self, column: "v")
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.sorted() == Array(0..<60))
            let statistics = await pool.statistics
            #expect(statistics.open <= 3)
            #expect(statistics.waiting == 0)
            let backends = try await pool.query(
                "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'odysseyd'", [database.name]
            ).first!.decode(Int.self, column: "n")
            #expect(backends <= 3)
            await pool.close()
        }
    }

    @Test func exhaustedPoolFailsAfterTheAcquireTimeout() async throws {
        try await TestDatabase.with(poolSize: 1) { database, _ in
            let pool = PostgresPool(settings: database.settings, size: 1, acquireTimeout: .milliseconds(200), logger: .test)
            try await pool.withConnection { _ in
                let error = await #expect(throws: DatabaseError.self) { try await pool.query("SELECT 1") }
                #expect(error?.description.contains("no database connection free") == true)
            }
            // Once released, the connection serves the next caller.
            #expect(try await pool.firstValue(Int.self, "SELECT 1 AS one") == 1)
            await pool.close()
        }
    }

    @Test func transactionCommitsOnReturnAndRollsBackOnThrow() async throws {
        struct Abort: Error {}
        try await TestDatabase.with { _, pool in
            _ = try await pool.query("CREATE TABLE events (id int PRIMARY KEY)")
            try await pool.withTransaction { tx in
                _ = try await tx.query("INSERT INTO events VALUES (1)")
            }
            await #expect(throws: Abort.self) {
                try await pool.withTransaction { tx in
                    _ = try await tx.query("INSERT INTO events VALUES (2)")
                    throw Abort()
                }
            }
            // A failing statement aborts the whole transaction, including what came before it.
            await #expect(throws: DatabaseError.self) {
                try await pool.withTransaction { tx in
                    _ = try await tx.query("INSERT INTO events VALUES (3)")
                    _ = try await tx.query("INSERT INTO events VALUES (1)")
                }
            }
            let ids = try await pool.query("SELECT id FROM events ORDER BY id").rows.map { try $0.decode(Int.self, column: "id") }
            #expect(ids == [1])
            // Connections come back clean: no transaction left open.
            #expect(try await pool.firstValue(Int.self, "SELECT 1 AS one") == 1)
        }
    }

    @Test func preparedStatementsSurviveATableChangingUnderThem() async throws {
        try await TestDatabase.with(poolSize: 1) { database, pool in
            _ = try await pool.query("CREATE TABLE probe (a int)")
            _ = try await pool.query("INSERT INTO probe VALUES (1)")
            let select = "SELECT * FROM probe"
            #expect(try await pool.query(select).columns.map(\.name) == ["a"])
            _ = try await pool.query("ALTER TABLE probe ADD COLUMN b int DEFAULT 2")
            // The same connection prepared the old shape; it must answer with the new one.
            #expect(try await pool.query(select).columns.map(\.name) == ["a", "b"])
            #expect(try await pool.query(select).first?.decode(Int.self, column: "b") == 2)

            _ = try await pool.query("ALTER TABLE probe ADD COLUMN c int")
            // Inside a transaction the error aborts it: the caller sees it, and the next use works.
            await #expect(throws: DatabaseError.self) {
                try await pool.withTransaction { tx in _ = try await tx.query(select) }
            }
            #expect(try await pool.query(select).columns.map(\.name) == ["a", "b", "c"])
        }
    }

    @Test func closedPoolRefusesWork() async throws {
        try await TestDatabase.with { database, _ in
            let pool = PostgresPool(settings: database.settings, size: 1, logger: .test)
            await pool.close()
            let error = await #expect(throws: DatabaseError.self) { try await pool.query("SELECT 1") }
            #expect(error?.isUnavailable == true)
        }
    }

    @Test func listenReceivesNotify() async throws {
        try await TestDatabase.with { database, pool in
            let stream = PostgresListener.listen(settings: database.settings, channels: ["odyssey.test"])
            var iterator = stream.makeAsyncIterator()
            let marker = try await iterator.next()
            #expect(marker.map(PostgresListener.isListeningMarker) == true)
            _ = try await pool.query("SELECT pg_notify($1, $2)", ["odyssey.test", "hello"])
            let notification = try await iterator.next()
            #expect(notification?.channel == "odyssey.test")
            #expect(notification?.payload == "hello")
        }
    }
}

@Suite("Database outage and recovery", .serialized)
struct DatabaseOutageTests {
    @Test func healthFailsDuringOutageAndPoolRecoversAfter() async throws {
        let cluster = try await PrivateCluster.start()
        defer { cluster.stopLater() }
        let settings = try ConnectionSettings(conninfo: cluster.conninfo)
        let pool = PostgresPool(settings: settings, size: 2, logger: .test)
        let health = DaemonHealth()
        let monitor = DatabaseHealthMonitor(pool: pool, health: health, logger: .test)

        await monitor.checkNow()
        #expect(await health.healthReport.db == "ok")
        #expect(try await pool.firstValue(Int.self, "SELECT 1 AS one") == 1)

        try await cluster.stop()
        await monitor.checkNow()
        #expect(await health.healthReport.db == "fail")
        #expect(await health.healthReport.ok == false)
        let error = await #expect(throws: DatabaseError.self) { try await pool.query("SELECT 1") }
        #expect(error?.isUnavailable == true)
        // Fails fast: refused by the pool from the monitor's verdict, without dialling the server.
        #expect(error?.description.contains("health check failing") == true)

        try await cluster.restart()
        await monitor.checkNow()
        #expect(await health.healthReport.db == "ok")
        #expect(try await pool.firstValue(Int.self, "SELECT 2 AS two") == 2)
        await pool.close()
    }

    @Test func brokenConnectionsAreReplacedWithoutAMonitor() async throws {
        try await TestDatabase.with(poolSize: 2) { database, pool in
            let pid = try await pool.query("SELECT pg_backend_pid() AS pid").first!.decode(Int32.self, column: "pid")
            let admin = PostgresPool(settings: database.settings, size: 1, logger: .test)
            _ = try await admin.query("SELECT pg_terminate_backend($1)", [pid])
            await admin.close()
            // The first query may meet the dead connection; the pool drops it and the next works.
            _ = try? await pool.query("SELECT 1")
            #expect(try await pool.firstValue(Int.self, "SELECT 3 AS three") == 3)
        }
    }
}

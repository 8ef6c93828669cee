import Foundation
import Shared
import Testing
@testable import odysseyd

@Suite("Schema gate", .serialized)
struct SchemaGateTests {
    /// Waits for `body`, failing the test instead of hanging when it never finishes.
    func within(_ limit: Duration, _ body: @escaping @Sendable () async -> Void) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await body(); return true }
            group.addTask { try? await Task.sleep(for: limit); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    @Test func autoMigrateWaitsOutADatabaseThatIsDownAtStart() async throws {
        let cluster = try await PrivateCluster.start()
        defer { cluster.stopLater() }
        try await cluster.stop()

        let pool = PostgresPool(settings: try ConnectionSettings(conninfo: cluster.conninfo), size: 2, logger: .test)
        let health = DaemonHealth()
        let readiness = Readiness()
        let migrator = Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test)
        let gate = SchemaGate(migrator: migrator, health: health, readiness: readiness, autoMigrate: true, recheckInterval: .milliseconds(50), logger: .test)
        let running = Task { try await gate.run() }
        defer { running.cancel() }

        // Down at start: the gate has looked, the daemon stays in maintenance.
        #expect(await within(.seconds(30)) { await readiness.mark(.controlSocket); await readiness.mark(.publicHTTP); await readiness.mark(.databaseChecked); await readiness.wait() })
        #expect(await health.state == .maintenance)

        try await cluster.restart()
        #expect(await within(.seconds(30)) { await gate.waitUntilRunning() }, "auto_migrate retried once the database was back")
        #expect(await health.state == .running)
        #expect(try await migrator.status().pending.isEmpty)
        await pool.close()
    }
}

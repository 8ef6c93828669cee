import Foundation
import Hummingbird
import HummingbirdTesting
import Prometheus
import Testing
@testable import odysseyd

@Suite("Public HTTP: /healthz and /metrics")
struct PublicHTTPTests {
    func application(_ health: DaemonHealth) throws -> some ApplicationProtocol {
        let registry = PrometheusCollectorRegistry()
        // The pool opens connections lazily: never, here.
        let pool = PostgresPool(settings: try ConnectionSettings(conninfo: "host=/nonexistent"), size: 1, logger: .test)
        let server = PublicHTTPServer(host: "127.0.0.1", port: 0, health: health, pool: pool, metrics: DaemonMetrics(registry: registry), readiness: Readiness(), logger: .test)
        return Application(router: server.makeRouter())
    }

    @Test func maintenanceIs503WithTheSeedsFields() async throws {
        let health = DaemonHealth()
        await health.setDatabase(up: true, problem: nil)
        await health.setSchema(pending: 1, problems: [])
        try await application(health).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(Set(object?.keys.map { $0 } ?? []) == ["ok", "version", "uptime", "db", "discord", "boss"])
                #expect(object?["ok"] as? Bool == false)
                #expect(object?["db"] as? String == "ok")
                #expect(object?["discord"] as? String == "not_ready")
                #expect(object?["boss"] as? String == "fail")
            }
        }
    }

    @Test func runningWithDatabaseIs200AndOutageIs503() async throws {
        let health = DaemonHealth()
        await health.setDatabase(up: true, problem: nil)
        await health.setState(.running)
        try await application(health).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
            await health.setDatabase(up: false, problem: "database: refused")
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("\"db\":\"fail\""))
            }
        }
    }

    @Test func metricsArePrometheusText() async throws {
        let health = DaemonHealth()
        await health.setDatabase(up: true, problem: nil)
        await health.setSchema(pending: 2, problems: [])
        try await application(health).test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("odyssey_database_up 1"))
                #expect(text.contains("odyssey_pending_migrations 2"))
                #expect(text.contains("odyssey_db_pool_connections{state=\"open\"} 0"))
                #expect(text.contains("# TYPE odyssey_uptime_seconds gauge"))
            }
        }
    }
}

import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle

/// The public HTTP surface: `/healthz` and `/metrics` (webhooks, OAuth and the REST API join it
/// in later subsystems).
struct PublicHTTPServer: Service {
    let host: String
    let port: Int
    let health: DaemonHealth
    let metrics: PrometheusCollectorRegistry
    let readiness: Readiness
    let logger: Logger

    func run() async throws {
        let application = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(host, port: port), serverName: "odysseyd"),
            onServerRunning: { [readiness, logger] channel in
                logger.info("public HTTP listening", metadata: ["address": "\(channel.localAddress?.description ?? "?")"])
                await readiness.mark(.publicHTTP)
            },
            logger: logger
        )
        try await application.run()
    }

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware())
        router.get("healthz") { [health] _, _ in
            let report = await health.healthReport
            return try JSONResponse(report, status: report.ok ? .ok : .serviceUnavailable)
        }
        router.get("metrics") { [health, metrics] _, _ in
            await DaemonMetrics.update(from: health)
            var buffer: [UInt8] = []
            buffer.reserveCapacity(4096)
            metrics.emit(into: &buffer)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: buffer))
            )
        }
        return router
    }
}

import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The public HTTP surface: `/healthz`, `/metrics`, Discord's `POST /interactions`, the dashboard
/// OAuth bridge and its engagement API (webhooks join it in a later subsystem).
struct PublicHTTPServer: Service {
    let host: String
    let port: Int
    let health: DaemonHealth
    let pool: PostgresPool
    let metrics: DaemonMetrics
    let readiness: Readiness
    /// `POST /interactions` (Discord's Interactions Endpoint URL); nil without DISCORD_PUBLIC_KEY.
    var interactions: InteractionEndpoint? = nil
    /// `/admin/oauth/…` (the dashboard OAuth bridge); nil unless it is configured.
    var oauthBridge: OAuthBridgeRoutes? = nil
    /// `/api/v1/guilds/:id/engagement` for the dashboard; nil unless the OAuth bridge is configured.
    var engagement: EngagementRoutes? = nil
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
        router.get("metrics") { [health, pool, metrics] _, _ in
            await metrics.update(from: health, pool: pool)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.render()))
            )
        }
        if let interactions {
            InteractionHTTPRoute.register(on: router, verifier: interactions.verifier, responder: interactions.responder,
                                          now: { Date() }, logger: logger)
        }
        oauthBridge?.register(on: router)
        engagement?.register(on: router)
        return router
    }
}

import Foundation
import Logging

/// The bridge's parts as the daemon wires them: public routes and job handlers when the bridge is
/// configured, and the control API's session routes always (so `odysseyctl session ls` can show
/// and revoke what an earlier, configured run created).
///
/// ```swift
/// let oauth = OAuthBridgeStack(configuration: configuration, pool: pool, schemaReady: { await gate.isRunning }, logger: logger)
/// oauth.register(on: &jobHandlers)
/// ```
struct OAuthBridgeStack: Sendable {
    let bridge: OAuthBridge?
    let sync: OAuthSessionSync?
    let publicRoutes: OAuthBridgeRoutes?
    let controlRoutes: SessionControlRoutes

    init(configuration: DaemonConfiguration, pool: PostgresPool, schemaReady: @escaping @Sendable () async -> Bool, logger: Logger) {
        let store = OAuthSessionStore(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers()))
        controlRoutes = SessionControlRoutes(store: store, schemaReady: schemaReady)
        guard let settings = configuration.oauth else {
            bridge = nil
            sync = nil
            publicRoutes = nil
            return
        }
        let discord = DiscordOAuthClient(baseURL: configuration.discordAPIBaseURL, clientID: settings.applicationID,
                                         clientSecret: settings.clientSecret)
        let bridge = OAuthBridge(settings: settings, discord: discord, store: store, logger: logger)
        self.bridge = bridge
        sync = settings.syncURL.map { OAuthSessionSync(url: $0, store: store, logger: logger) }
        publicRoutes = OAuthBridgeRoutes(bridge: bridge, schemaReady: schemaReady, logger: logger)
    }

    func register(on handlers: inout JobHandlers) {
        bridge?.register(on: &handlers)
        sync?.register(on: &handlers)
    }
}

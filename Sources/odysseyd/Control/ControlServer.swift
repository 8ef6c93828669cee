#if canImport(Glibc)
import Glibc
#endif
import Hummingbird
import Logging
import ServiceLifecycle

/// The control API: HTTP/1.1 + JSON on a Unix socket, for `odysseyctl`.
///
/// It runs from the first moment to the last, so an operator can watch a daemon that is in
/// maintenance, has lost its database, or is shutting down.
struct ControlServer: Service {
    let socketPath: String
    let adminGroup: String
    let routes: ControlRoutes
    let jobRoutes: JobControlRoutes
    let discordRoutes: DiscordControlRoutes
    let usageRoutes: UsageControlRoutes
    /// Dashboard sessions (`odysseyctl session`); nil in tests that do not need them.
    var sessionRoutes: SessionControlRoutes? = nil
    /// `odysseyctl doctor`; nil in tests that do not need it.
    var doctorRoutes: DoctorControlRoutes? = nil
    /// Backups (`odysseyctl backup`); nil in tests that do not need them.
    var backupRoutes: BackupControlRoutes? = nil
    /// Feature switches and the audit trail (`odysseyctl feature`, `odysseyctl audit`); nil in tests that do not need them.
    var featureRoutes: FeatureControlRoutes? = nil
    /// `odysseyctl runbook`; nil in tests that do not need it.
    var runbookRoutes: RunbookControlRoutes? = nil
    /// Per-guild settings (`odysseyctl config`); nil in tests that do not need them.
    var configRoutes: ConfigControlRoutes? = nil
    let readiness: Readiness
    let logger: Logger

    /// Expects ``ControlSocket/prepare(path:)`` to have run, so a socket in use stops the
    /// daemon before anything else starts.
    func run() async throws {
        let router = Router(context: ControlRequestContext.self)
        let groupID = ControlAccessPolicy.groupID(named: adminGroup)
        if groupID == nil {
            logger.warning("admin group not found: only root and the daemon's user may make write calls", metadata: ["group": "\(adminGroup)"])
        }
        router.add(middleware: ControlAccessMiddleware(policy: ControlAccessPolicy(adminGroupID: groupID)))
        routes.register(on: router)
        jobRoutes.register(on: router)
        discordRoutes.register(on: router)
        usageRoutes.register(on: router)
        sessionRoutes?.register(on: router)
        doctorRoutes?.register(on: router)
        backupRoutes?.register(on: router)
        featureRoutes?.register(on: router)
        runbookRoutes?.register(on: router)
        configRoutes?.register(on: router)
        let path = socketPath
        let logger = self.logger
        let readiness = self.readiness
        let application = Application(
            router: router,
            configuration: .init(address: .unixDomainSocket(path: path), serverName: nil),
            onServerRunning: { _ in
                do {
                    try ControlSocket.restrict(path: path, groupID: groupID)
                } catch {
                    // The socket stays as restrictive as the umask made it: only this user gets in.
                    logger.error("control socket permissions not applied", metadata: ["error": "\(error)"])
                }
                logger.info("control socket listening", metadata: ["socket": "\(path)"])
                await readiness.mark(.controlSocket)
            },
            logger: logger
        )
        try await application.run()
        unlink(path)
    }
}


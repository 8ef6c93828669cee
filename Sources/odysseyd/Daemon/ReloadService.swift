import Logging
import ServiceLifecycle
import UnixSignals

/// SIGHUP: re-reads the configuration and applies what can change live (the log level).
/// A configuration that no longer validates is logged and ignored; the daemon keeps running.
struct ReloadService: Service {
    let envFile: String?
    let explicitEnvFile: Bool
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            notifier.send("RELOADING=1", "MONOTONIC_USEC=\(SystemdNotifier.monotonicMicroseconds)")
            do {
                let source = try ConfigurationSource.load(envFile: envFile, explicit: explicitEnvFile)
                let configuration = try DaemonConfiguration(source: source)
                LiveLogLevel.shared.current = configuration.logLevel
                logger.notice("configuration reloaded", metadata: ["log_level": "\(configuration.logLevel)"])
            } catch {
                logger.error("reload refused: keeping the running configuration", metadata: ["error": "\(error)"])
            }
            notifier.send("READY=1")
        }
    }
}

import Logging
import ServiceLifecycle
import Synchronization

/// Tells systemd how the daemon is doing: `READY=1` once every ``Readiness`` part is up, the
/// watchdog keep-alive, `STATUS=` text, and `STOPPING=1` as shutdown begins.
///
/// It is the last service in the group, so it is the first to hear of a graceful shutdown.
struct LifecycleNotifier: Service {
    let notifier: SystemdNotifier
    let readiness: Readiness
    let health: DaemonHealth
    let processStart: ContinuousClock.Instant
    let logger: Logger

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await readiness.wait()
                let elapsed = processStart.duration(to: .now)
                let status = await statusText()
                notifier.send("READY=1", "STATUS=\(status)")
                logger.notice("ready", metadata: ["startup_ms": "\(elapsed.milliseconds)", "status": "\(status)"])
                // Keep STATUS= current for `systemctl status`, and pet the watchdog.
                let interval = notifier.watchdogInterval ?? .seconds(5)
                let lastStatus = LastStatus(status)
                await Ticker.every(interval) {
                    let current = await statusText()
                    if notifier.watchdogInterval != nil { notifier.send("WATCHDOG=1") }
                    if lastStatus.replace(with: current) { notifier.send("STATUS=\(current)") }
                }
            }
            group.addTask {
                try? await gracefulShutdown()
                await health.setState(.stopping)
                notifier.send("STOPPING=1", "STATUS=stopping")
                logger.notice("stopping")
            }
            await group.waitForAll()
        }
    }

    private func statusText() async -> String {
        let status = await health.statusResponse
        switch status.state {
        case .running:
            return "running; db \(status.db), discord \(status.discord), jobs \(status.boss)"
        case .maintenance:
            return status.db == "ok"
                ? "maintenance: \(status.pendingMigrations) migration(s) pending; run odysseyctl migrate"
                : "maintenance: database unreachable"
        case .stopping:
            return "stopping"
        }
    }
}

/// The STATUS= text last sent, so an unchanged one is not sent again.
private final class LastStatus: Sendable {
    private let text: Mutex<String>

    init(_ text: String) { self.text = Mutex(text) }

    /// True when `new` differs from what was sent before.
    func replace(with new: String) -> Bool {
        text.withLock { old in
            defer { old = new }
            return old != new
        }
    }
}

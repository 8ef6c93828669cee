import Logging
import Synchronization

/// The process-wide log level, changed live on SIGHUP; every handler reads it per line.
final class LiveLogLevel: Sendable {
    static let shared = LiveLogLevel()

    private let level = Mutex<Logger.Level>(.info)

    var current: Logger.Level {
        get { level.withLock { $0 } }
        set { level.withLock { $0 = newValue } }
    }
}

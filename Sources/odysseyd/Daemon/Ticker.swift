import ServiceLifecycle

/// Periodic work inside a service: runs `body` every `interval` until graceful shutdown.
///
/// ```swift
/// await Ticker.every(.seconds(1)) { await monitor.checkNow() }
/// ```
enum Ticker {
    static func every(_ interval: Duration, _ body: @escaping @Sendable () async -> Void) async {
        _ = try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                await body()
            }
        }
    }
}

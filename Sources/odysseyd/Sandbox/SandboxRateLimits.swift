import Foundation

/// The sandbox's side of Discord's rate limits: fixed windows per bucket and top-level resource,
/// and the global 50 requests per second per bot token (interaction routes exempt). It answers
/// every request with `X-RateLimit-*` headers and refuses what is over a limit with Discord's 429.
///
/// ```swift
/// var limits = SandboxRateLimits()
/// switch limits.admit(limit: routeLimit, majorKey: "channel.id=1", exemptFromGlobal: false, at: now) {
/// case .allowed(let headers): …                              // answer, with these headers
/// case .limited(let scope, let retryAfter, let headers): …   // 429
/// }
/// ```
struct SandboxRateLimits: Sendable {
    private struct Window: Sendable {
        var startedAt: ContinuousClock.Instant
        var used: Int
    }

    var globalLimit = 50
    var globalWindow: Duration = .seconds(1)
    private var windows: [String: Window] = [:]
    private var global: Window?

    /// Counts the request if it may go. A refused request is not counted (Discord does not act on it).
    mutating func admit(limit: SandboxRouteLimit, majorKey: String, exemptFromGlobal: Bool,
                        at now: ContinuousClock.Instant, wallClock: Date = Date()) -> SandboxRateLimitDecision {
        if !exemptFromGlobal {
            var window = global ?? Window(startedAt: now, used: 0)
            if now >= window.startedAt + globalWindow { window = Window(startedAt: now, used: 0) }
            if window.used >= globalLimit {
                let retryAfter = window.startedAt + globalWindow - now
                global = window
                return .limited(scope: "global", retryAfter: retryAfter, headers: [])
            }
            window.used += 1
            global = window
        }
        let key = "\(limit.bucket)|\(majorKey)"
        var window = windows[key] ?? Window(startedAt: now, used: 0)
        if now >= window.startedAt + limit.window { window = Window(startedAt: now, used: 0) }
        let resetAfter = window.startedAt + limit.window - now
        func headers(remaining: Int) -> [(String, String)] {
            [
                ("X-RateLimit-Limit", String(limit.limit)),
                ("X-RateLimit-Remaining", String(remaining)),
                ("X-RateLimit-Reset", Self.seconds(wallClock.timeIntervalSince1970 + resetAfter.seconds)),
                ("X-RateLimit-Reset-After", Self.seconds(resetAfter.seconds)),
                ("X-RateLimit-Bucket", limit.hash),
            ]
        }
        if window.used >= limit.limit {
            windows[key] = window
            return .limited(scope: "user", retryAfter: resetAfter, headers: headers(remaining: 0))
        }
        window.used += 1
        windows[key] = window
        if windows.count > 10_000 { windows = windows.filter { now < $0.value.startedAt + .seconds(600) } }
        return .allowed(headers: headers(remaining: limit.limit - window.used))
    }

    /// The headers of the route's current window without counting a request: for answers given
    /// before the limits are consulted (401, forced faults), which Discord also sends them with.
    func peekHeaders(limit: SandboxRouteLimit, majorKey: String, at now: ContinuousClock.Instant,
                     wallClock: Date = Date()) -> [(String, String)] {
        var window = windows["\(limit.bucket)|\(majorKey)"] ?? Window(startedAt: now, used: 0)
        if now >= window.startedAt + limit.window { window = Window(startedAt: now, used: 0) }
        let resetAfter = window.startedAt + limit.window - now
        return [
            ("X-RateLimit-Limit", String(limit.limit)),
            ("X-RateLimit-Remaining", String(max(limit.limit - window.used, 0))),
            ("X-RateLimit-Reset", Self.seconds(wallClock.timeIntervalSince1970 + resetAfter.seconds)),
            ("X-RateLimit-Reset-After", Self.seconds(resetAfter.seconds)),
            ("X-RateLimit-Bucket", limit.hash),
        ]
    }

    /// Seconds with millisecond precision, as Discord writes them ("1.234").
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", max(value, 0))
    }
}

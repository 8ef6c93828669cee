/// Keeps one connection under Discord's send limit and makes sure heartbeats always fit.
///
/// Source: discord-docs/events/gateway.mdx, "Rate Limiting": 120 events per connection per 60 s;
/// above that Discord disconnects at once. A missed heartbeat kills the connection too, so the
/// budget keeps a reserve that only heartbeats and Identify/Resume may spend: presence updates and
/// member requests get `120 − reserve` per sliding 60 s window and then wait. The window slides
/// (any 60 s span, not fixed minutes), so whatever window Discord counts in, it sees at most 120.
///
/// ```swift
/// var limiter = GatewaySendLimiter(heartbeatInterval: hello.heartbeatInterval)
/// switch limiter.acquire(command.sendKind, now: clock.now) {
/// case .send: try await connection.send(command)
/// case .wait(let until): try await clock.sleep(until: until)   // then ask again
/// }
/// ```
struct GatewaySendLimiter: Sendable {
    typealias Instant = ContinuousClock.Instant

    enum Decision: Sendable, Equatable {
        /// Send now; the limiter has counted it.
        case send
        case wait(until: Instant)
    }

    static let limit = 120
    static let window: Duration = .seconds(60)

    /// Sends held back for heartbeats and the handshake.
    let reserve: Int
    private var sentAt: [Instant] = []

    /// Reserves room for every regular heartbeat a 60 s window can hold at `heartbeatInterval`,
    /// plus one Discord-requested beat and one Identify or Resume.
    init(heartbeatInterval: Duration) {
        let beats = heartbeatInterval > .zero ? Int(Self.window / heartbeatInterval) + 1 : Self.limit
        self.init(reserve: beats + 2)
    }

    /// `reserve` is clamped to 0...120.
    init(reserve: Int) {
        self.reserve = min(max(reserve, 0), Self.limit)
    }

    /// How many ordinary sends fit in a window.
    var ordinaryLimit: Int { Self.limit - reserve }

    mutating func acquire(_ kind: GatewaySendKind, now: Instant) -> Decision {
        sentAt.removeAll { $0 + Self.window <= now }
        let allowed = kind == .ordinary ? ordinaryLimit : Self.limit
        if sentAt.count < allowed {
            sentAt.append(now)
            return .send
        }
        // Enough of the oldest sends must leave the window to get below `allowed`.
        guard allowed > 0 else { return .wait(until: (sentAt.last ?? now) + Self.window) }
        return .wait(until: sentAt[sentAt.count - allowed] + Self.window)
    }

    /// Sends counted in the window ending at `now`.
    func sentInWindow(now: Instant) -> Int { sentAt.filter { $0 + Self.window > now }.count }
}

/// Which part of the send budget a payload may use.
enum GatewaySendKind: Sendable, Equatable {
    /// Heartbeat (op 1): may use the reserve.
    case heartbeat
    /// Identify or Resume: at most one per connection; may use the reserve.
    case handshake
    /// Everything else (presence, voice state, member requests): never the reserve.
    case ordinary
}

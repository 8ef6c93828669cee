/// When to heartbeat on one connection, and whether the connection has gone quiet ("zombie").
///
/// Source: discord-docs/events/gateway.mdx, "Sending Heartbeats": the first beat goes out
/// `heartbeat_interval × jitter` after Hello (jitter uniform in 0..<1, so clients that reconnect
/// together do not beat together), then one every interval. A beat that comes due while the previous
/// one has had no Heartbeat ACK means a zombied connection: close it with a code that keeps the
/// session (``GatewayCloseCode/resumable``) and resume. Discord may also ask for a beat (op 1): send
/// one at once.
///
/// The scheduler only decides; the connection loop sleeps until ``nextBeatAt``, calls
/// ``tick(now:)`` and sends or closes as told.
///
/// ```swift
/// var heartbeat = HeartbeatScheduler(interval: hello.heartbeatInterval, start: now, jitter: .random(in: 0..<1))
/// switch heartbeat.tick(now: clock.now) {
/// case .send: try await send(.heartbeat(sequence: session.sequence))
/// case .wait(let until): try await clock.sleep(until: until)
/// case .zombie: close(code: .resumable); reconnect(.zombie)
/// }
/// heartbeat.acknowledged(at: clock.now)   // on op 11; latency = ACK − send
/// ```
struct HeartbeatScheduler: Sendable {
    typealias Instant = ContinuousClock.Instant

    enum Tick: Sendable, Equatable {
        /// Send a Heartbeat now; the scheduler has counted it as sent at the tick's `now`.
        case send
        /// Nothing to do before this instant.
        case wait(until: Instant)
        /// The previous beat was never acknowledged: close with a resumable code and resume.
        case zombie
    }

    let interval: Duration
    private(set) var nextBeatAt: Instant
    private(set) var lastSentAt: Instant?
    /// Whether a sent beat still waits for its ACK.
    private(set) var awaitingACK = false
    /// ACK time − send time of the latest acknowledged beat.
    private(set) var latency: Duration?
    private(set) var isZombie = false

    /// `start` is when Hello arrived; `jitter` is clamped to 0...1.
    init(interval: Duration, start: Instant, jitter: Double) {
        self.interval = interval
        nextBeatAt = start + interval * min(max(jitter, 0), 1)
    }

    /// Call when the connection loop wakes; `.send` and `.zombie` change the state, `.wait` does not.
    mutating func tick(now: Instant) -> Tick {
        if isZombie { return .zombie }
        guard now >= nextBeatAt else { return .wait(until: nextBeatAt) }
        if awaitingACK {
            isZombie = true
            return .zombie
        }
        recordSend(at: now)
        return .send
    }

    /// Discord sent Heartbeat (op 1): beat now without waiting out the interval. The regular
    /// schedule restarts from this beat, so its ACK has a full interval to arrive.
    mutating func heartbeatRequested(now: Instant) -> Tick {
        if isZombie { return .zombie }
        recordSend(at: now)
        return .send
    }

    /// Heartbeat ACK (op 11) arrived. Returns the latency, or nil for an ACK with no beat waiting.
    @discardableResult
    mutating func acknowledged(at now: Instant) -> Duration? {
        guard awaitingACK, let lastSentAt else { return nil }
        awaitingACK = false
        let measured = now - lastSentAt
        latency = measured
        return measured
    }

    private mutating func recordSend(at now: Instant) {
        lastSentAt = now
        awaitingACK = true
        nextBeatAt = now + interval
    }
}

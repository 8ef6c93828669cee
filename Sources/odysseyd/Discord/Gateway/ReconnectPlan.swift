/// What to do after a disconnect: resume, identify afresh, or stop, after how long, and how to
/// close the connection if it is still open.
///
/// Rules (discord-docs/events/gateway.mdx "Resuming", "Disconnecting", "Sending Heartbeats";
/// gateway-events.mdx "Reconnect", "Invalid Session"; close codes per ``GatewayCloseCode``):
/// - Reconnect (op 7) and a zombie connection: close with a resumable code and resume at once.
/// - Invalid Session `true`: resume; `false`: identify. Either way after a random 1–5 s, which
///   also spreads out identifies that Discord refused for exceeding `max_concurrency`.
/// - A close code: stop on a fatal one, identify on 4003/4007/4009, otherwise resume; a drop with
///   no close code resumes. These wait an exponential, jittered, capped backoff.
/// - "Resume" turns into "identify" when there is no session or no sequence number to resume with.
/// Repeated failures back off: `attempt` counts reconnects since the last READY or RESUMED.
///
/// ```swift
/// let plan = ReconnectPolicy.standard.plan(after: .invalidSession(resumable: false), session: session,
///                                          attempt: failures + 1, intents: intents, jitter: .random(in: 0..<1))
/// if let code = plan.closeWith { try await connection.close(code) }
/// switch plan.action {
/// case .resume(let session): connect(to: session.resumeGatewayURL, after: plan.delay)
/// case .identify: connect(to: gatewayURL, after: plan.delay)   // and forget the old session
/// case .stop(let reason): throw reason
/// }
/// ```
struct ReconnectPlan: Sendable, Equatable {
    enum Action: Sendable, Equatable {
        case resume(GatewaySession)
        /// Open a new connection on the gateway URL from Get Gateway (Bot) and identify; the old session is gone.
        case identify
        case stop(GatewayStopped)
    }

    var action: Action
    var delay: Duration
    /// The code to close the still-open connection with, or nil when it is already closed.
    var closeWith: GatewayCloseCode?
}

/// The backoff for reconnects; see ``ReconnectPlan``.
struct ReconnectPolicy: Sendable, Equatable {
    /// The full delay of the first backoff; it doubles per attempt.
    var baseDelay: Duration
    var maximumDelay: Duration

    static let standard = ReconnectPolicy(baseDelay: .seconds(1), maximumDelay: .seconds(60))

    /// The wait before acting on Invalid Session: a random 1 to 5 seconds. Our rule, from earlier
    /// editions of Discord's Gateway page; the copy in discord-docs/ no longer states a number.
    static let invalidSessionDelay: ClosedRange<Duration> = .seconds(1) ... .seconds(5)

    /// - Parameters:
    ///   - attempt: 1 for the first reconnect since the last READY/RESUMED, 2 for the next, …
    ///   - intents: the ones sent in Identify, named in a 4014 explanation.
    ///   - jitter: uniform in 0..<1.
    func plan(after disconnect: GatewayDisconnect, session: GatewaySession?, attempt: Int,
              intents: GatewayIntents = [], jitter: Double) -> ReconnectPlan {
        let jitter = min(max(jitter, 0), 1)
        switch disconnect {
        case .reconnectRequested, .zombie:
            let delay = attempt <= 1 ? Duration.zero : backoff(attempt: attempt - 1, jitter: jitter)
            return resumeOrIdentify(session, delay: delay, closeWith: .resumable)
        case .invalidSession(let resumable):
            let range = Self.invalidSessionDelay
            var delay = range.lowerBound + (range.upperBound - range.lowerBound) * jitter
            if attempt > 1 { delay = max(delay, backoff(attempt: attempt - 1, jitter: jitter)) }
            if resumable { return resumeOrIdentify(session, delay: delay, closeWith: .resumable) }
            // The session is dead already, so a normal close costs nothing.
            return ReconnectPlan(action: .identify, delay: delay, closeWith: .normal)
        case .closed(let code):
            switch code.disposition {
            case .stop:
                return ReconnectPlan(action: .stop(GatewayStopped(code: code, intents: intents)), delay: .zero, closeWith: nil)
            case .identify:
                return ReconnectPlan(action: .identify, delay: backoff(attempt: attempt, jitter: jitter), closeWith: nil)
            case .resume:
                return resumeOrIdentify(session, delay: backoff(attempt: attempt, jitter: jitter), closeWith: nil)
            }
        case .networkError:
            return resumeOrIdentify(session, delay: backoff(attempt: attempt, jitter: jitter), closeWith: nil)
        }
    }

    /// `baseDelay × 2^(attempt−1)`, at most ``maximumDelay``, of which a random half is dropped
    /// ("equal jitter"), so shards that dropped together do not come back together.
    func backoff(attempt: Int, jitter: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let full = min(baseDelay * (1 << exponent), maximumDelay)
        return full / 2 + (full / 2) * min(max(jitter, 0), 1)
    }

    private func resumeOrIdentify(_ session: GatewaySession?, delay: Duration, closeWith: GatewayCloseCode?) -> ReconnectPlan {
        guard let session, session.sequence != nil else {
            return ReconnectPlan(action: .identify, delay: delay, closeWith: closeWith)
        }
        return ReconnectPlan(action: .resume(session), delay: delay, closeWith: closeWith)
    }
}

import Foundation
import Metrics

/// Decides when each Discord REST request may go, and learns from every response
/// (topics/rate-limits.mdx): per-route buckets from `X-RateLimit-*` headers keyed with the
/// top-level resource, one request at a time while a bucket is unknown, the global limit of 50
/// requests per second (queued, not failed; interaction endpoints exempt), 429s by scope, and a
/// breaker that stops everything before the invalid-request ban.
///
/// It sends nothing itself: the REST client asks for a ticket, sends, and records the response.
///
/// ```swift
/// let limiter = RateLimiter()
/// let route = DiscordRoute(.post, "/channels/{channel.id}/messages", ["channel.id": "1234"])
/// let ticket = try await limiter.acquire(route)          // waits as needed; throws if the breaker is open
/// let response = try await http.send(route, body)        // on a transport error: await limiter.release(ticket)
/// let outcome = await limiter.record(status: response.status, headers: RateLimitHeaders(response.headers),
///                                    body: response.body, for: ticket)
/// if case .rateLimited = outcome { /* acquire again and resend */ }
/// ```
actor RateLimiter {
    struct Settings: Sendable {
        /// Requests per `globalWindow` (topics/rate-limits.mdx, "Global Rate Limit").
        var globalLimit = 50
        var globalWindow: Duration = .seconds(1)
        var invalidRequestThreshold = InvalidRequestBreaker.defaultThreshold
        var invalidRequestWindow = InvalidRequestBreaker.defaultWindow
        /// After this long without an answer a request no longer holds back an unknown bucket.
        var probeTimeout: Duration = .seconds(30)
        /// For a 429 that names no wait anywhere.
        var defaultRetryAfter: Duration = .seconds(1)
        /// Two responses whose reset instants differ by less than this are of the same window.
        var windowTolerance: Duration = .milliseconds(500)
        /// Bucket states unused this long, with nothing pending, are forgotten.
        var idleBucketLifetime: Duration = .seconds(600)
    }

    enum Permit: Sendable, Equatable {
        /// Send now; the ticket must be recorded or released.
        case go(RateLimitTicket)
        /// Ask again at `until`.
        case wait(until: ContinuousClock.Instant, reason: WaitReason)
        /// Ask again when a response is recorded, or at `notAfter` at the latest.
        case waitForResponse(notAfter: ContinuousClock.Instant)
        case refused(RateLimitError)
    }

    enum WaitReason: Sendable, Equatable {
        /// The route's bucket is exhausted or blocked by a user/shared 429.
        case bucket
        /// 50 requests went in the last second.
        case globalLimit
        /// A global 429 holds every request.
        case globalPause
    }

    /// What a recorded response means for its request.
    enum Outcome: Sendable, Equatable {
        case completed
        /// A 429: the request was not done; acquire again and resend.
        case rateLimited(scope: RateLimitScope, retryAfter: Duration)
    }

    private enum LearnedBucket: Sendable, Equatable {
        case hash(String)
        /// Answered successfully without bucket headers: only the global limit applies.
        case none
    }

    let settings: Settings
    private let clock: any RateLimitClock

    private var routeBuckets: [String: LearnedBucket] = [:]
    private var buckets: [String: RateLimitBucket] = [:]
    private var global: SlidingWindowLog
    private var globalPausedUntil: ContinuousClock.Instant?
    private var breaker: InvalidRequestBreaker
    private var renames = ChannelRenameGuard()
    private var rateLimited: [RateLimitScope: Int] = [:]
    private var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    private var nextID: UInt64 = 0
    private var operationsSincePrune = 0

    init(settings: Settings = Settings(), clock: any RateLimitClock = SystemRateLimitClock()) {
        self.settings = settings
        self.clock = clock
        global = SlidingWindowLog(limit: settings.globalLimit, window: settings.globalWindow)
        breaker = InvalidRequestBreaker(threshold: settings.invalidRequestThreshold, window: settings.invalidRequestWindow)
    }

    // MARK: Asking

    /// Whether `route` may go at `now`. A `.go` permit has already been counted: its ticket must
    /// come back through ``record(status:headers:body:for:at:)`` or ``release(_:at:)``.
    func permit(for route: DiscordRoute, at now: ContinuousClock.Instant) -> Permit {
        pruneOccasionally(now)
        if let until = breaker.openUntil(at: now) {
            return .refused(.breakerOpen(invalidRequests: breaker.count(at: now), threshold: breaker.threshold,
                                         window: breaker.window, until: until, now: now))
        }
        let exempt = route.isExemptFromGlobalLimit
        if !exempt, let paused = globalPausedUntil {
            if now < paused { return .wait(until: paused, reason: .globalPause) }
            globalPausedUntil = nil
        }
        let key = bucketKey(for: route)
        var bucket = key.map { buckets[$0] ?? RateLimitBucket(now: now) }
        if var state = bucket {
            let decision = state.decide(at: now, probeTimeout: settings.probeTimeout)
            bucket = state
            if let key { buckets[key] = state }
            switch decision {
            case .go: break
            case .wait(let until): return .wait(until: until, reason: .bucket)
            case .waitForResponse(let notAfter): return .waitForResponse(notAfter: notAfter)
            }
        }
        if !exempt, let next = global.nextAllowed(at: now) {
            return .wait(until: next, reason: .globalLimit)
        }
        nextID += 1
        let ticket = RateLimitTicket(id: nextID, route: route, bucketKey: key, issuedAt: now)
        if let key, var state = bucket {
            state.reserve(ticket: ticket.id, at: now)
            buckets[key] = state
        }
        if !exempt { global.record(at: now) }
        return .go(ticket)
    }

    /// Waits (on the injected clock) until `route` may go, then returns its ticket. Throws
    /// ``RateLimitError`` while the breaker is open, and `CancellationError` when cancelled.
    func acquire(_ route: DiscordRoute) async throws -> RateLimitTicket {
        let start = clock.now
        while true {
            try Task.checkCancellation()
            switch permit(for: route, at: clock.now) {
            case .go(let ticket):
                if clock.now > start {
                    Timer(label: "odyssey_discord_rest_wait_seconds", dimensions: [("route", route.routeID)])
                        .recordNanoseconds(Int64(clamping: (clock.now - start).nanosecondCount))
                }
                return ticket
            case .refused(let error): throw error
            case .wait(let until, _): try await clock.sleep(until: until)
            case .waitForResponse(let notAfter): await waitForResponse(notAfter: notAfter)
            }
        }
    }

    // MARK: Learning

    /// Learns from the response to `ticket`'s request. Call it for every response, errors included:
    /// 401/403/429 feed the breaker, and any response may teach or update the bucket.
    @discardableResult
    func record(status: Int, headers: RateLimitHeaders, body: Data? = nil, for ticket: RateLimitTicket,
                at now: ContinuousClock.Instant) -> Outcome {
        let route = ticket.route
        if let old = ticket.bucketKey { buckets[old]?.settle(ticket: ticket.id) }

        // Learn (or re-learn) which bucket the route is in.
        if let hash = headers.bucket {
            routeBuckets[route.routeID] = .hash(hash)
        } else if (200..<300).contains(status), headers.limit == nil, headers.remaining == nil,
                  routeBuckets[route.routeID] == nil {
            routeBuckets[route.routeID] = LearnedBucket.none
        }
        let key = bucketKey(for: route)
        if let old = ticket.bucketKey, old != key, let state = buckets[old], state.inFlight.isEmpty, state.waitUntil(at: now) == nil {
            buckets[old] = nil
        }
        if let key {
            var state = buckets[key] ?? RateLimitBucket(now: now)
            state.learn(headers, at: now, tolerance: settings.windowTolerance)
            buckets[key] = state
        }

        var outcome = Outcome.completed
        var scope: RateLimitScope?
        if status == 429 {
            let parsed = body.flatMap(RateLimitBody.init(json:))
            let hitScope = headers.scope ?? ((headers.isGlobal || parsed?.global == true) ? .global : .user)
            // The body's float is the precise wait; the header is rounded up to whole seconds.
            let retryAfter = parsed?.retryAfter ?? headers.retryAfter ?? headers.resetAfter ?? settings.defaultRetryAfter
            rateLimited[hitScope, default: 0] += 1
            Counter(label: "odyssey_discord_rest_429_total", dimensions: [("scope", hitScope.rawValue)]).increment()
            switch hitScope {
            case .global:
                globalPausedUntil = max(globalPausedUntil ?? now, now + retryAfter)
            case .user, .shared:
                // A route thought bucketless that still 429s gets a state of its own.
                let blockKey = key ?? Self.unknownKey(route)
                if key == nil { routeBuckets[route.routeID] = nil }
                var state = buckets[blockKey] ?? RateLimitBucket(now: now)
                state.blockedUntil = max(state.blockedUntil ?? now, now + retryAfter)
                buckets[blockKey] = state
            }
            scope = hitScope
            outcome = .rateLimited(scope: hitScope, retryAfter: retryAfter)
        }
        breaker.record(status: status, scope: scope, at: now)
        wakeAll()
        return outcome
    }

    /// Learns from a response given as raw header fields.
    @discardableResult
    func record(status: Int, headerFields: [(String, String)], body: Data? = nil, for ticket: RateLimitTicket,
                at now: ContinuousClock.Instant) -> Outcome {
        record(status: status, headers: RateLimitHeaders(headerFields), body: body, for: ticket, at: now)
    }

    /// Gives back a ticket whose request got no response (connection failure, cancellation), so an
    /// unknown bucket does not wait for an answer that will never come.
    func release(_ ticket: RateLimitTicket, at now: ContinuousClock.Instant) {
        if let key = ticket.bucketKey { buckets[key]?.settle(ticket: ticket.id) }
        wakeAll()
    }

    // MARK: Channel renames

    /// Whether `channel` may be renamed at `now` (see ``ChannelRenameGuard``).
    func renameAllowed(channel: String, at now: ContinuousClock.Instant) -> ChannelRenameGuard.Decision {
        renames.renameAllowed(channel: channel, at: now)
    }

    func recordRename(channel: String, at now: ContinuousClock.Instant) {
        renames.recordRename(channel: channel, at: now)
    }

    // MARK: Statistics

    func statistics(at now: ContinuousClock.Instant) -> RateLimitStatistics {
        let waits = buckets.compactMap { key, state in
            state.waitUntil(at: now).map { RateLimitStatistics.BucketWait(key: key, until: $0) }
        }.sorted { ($0.until, $0.key) < ($1.until, $1.key) }
        return RateLimitStatistics(
            globalRequestsInWindow: global.count(at: now),
            globalPausedUntil: globalPausedUntil.flatMap { $0 > now ? $0 : nil },
            bucketWaits: waits,
            waitingForResponse: waiters.count,
            rateLimited: rateLimited,
            invalidRequests: breaker.count(at: now),
            breakerThreshold: breaker.threshold,
            breakerOpenUntil: breaker.openUntil(at: now),
            learnedRoutes: routeBuckets.count,
            trackedBuckets: buckets.count
        )
    }

    func statistics() -> RateLimitStatistics {
        statistics(at: clock.now)
    }

    // MARK: Internals

    /// The learned bucket hash with the top-level resource; while the hash is unknown, the route
    /// itself with the resource; nil for a route known to have no per-route limit.
    private func bucketKey(for route: DiscordRoute) -> String? {
        switch routeBuckets[route.routeID] {
        case .hash(let hash)?: return "\(hash) \(route.majorKey)"
        case .none?: return nil
        case nil: return Self.unknownKey(route)
        }
    }

    private static func unknownKey(_ route: DiscordRoute) -> String {
        "?\(route.routeID) \(route.majorKey)"
    }

    private func waitForResponse(notAfter: ContinuousClock.Instant) async {
        nextID += 1
        let id = nextID
        let timer = Task { [clock] in
            try? await clock.sleep(until: notAfter)
            self.wake(id)
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                if Task.isCancelled {
                    continuation.resume()
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.wake(id) }
        }
        timer.cancel()
    }

    private func wake(_ id: UInt64) {
        waiters.removeValue(forKey: id)?.resume()
    }

    /// Every response may free some waiter; each re-asks, and those still blocked wait again.
    private func wakeAll() {
        let woken = waiters.values
        waiters.removeAll()
        woken.forEach { $0.resume() }
    }

    private func pruneOccasionally(_ now: ContinuousClock.Instant) {
        operationsSincePrune += 1
        guard operationsSincePrune >= 1024 else { return }
        operationsSincePrune = 0
        buckets = buckets.filter { !$0.value.isIdle(at: now, after: settings.idleBucketLifetime) }
    }
}

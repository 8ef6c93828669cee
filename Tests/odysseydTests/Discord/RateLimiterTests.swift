import Foundation
import Synchronization
import Testing
@testable import odysseyd

/// A clock that moves only when the test says so. `sleep(until:)` suspends until the clock has
/// been advanced past the deadline, and the test can wait for a number of sleepers, so queueing is
/// checked without real time.
final class ManualRateLimitClock: RateLimitClock {
    private struct State {
        var now: ContinuousClock.Instant
        var nextID = 0
        var sleepers: [Int: (deadline: ContinuousClock.Instant, continuation: CheckedContinuation<Void, any Error>)] = [:]
        var watchers: [Int: (count: Int, continuation: CheckedContinuation<Void, Never>)] = [:]
    }

    private let state: Mutex<State>

    init(_ start: ContinuousClock.Instant) {
        state = Mutex(State(now: start))
    }

    var now: ContinuousClock.Instant { state.withLock { $0.now } }

    var sleeperDeadlines: [ContinuousClock.Instant] { state.withLock { $0.sleepers.values.map(\.deadline).sorted() } }

    func sleep(until deadline: ContinuousClock.Instant) async throws {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let (resume, watchers) = state.withLock { state -> (Bool, [CheckedContinuation<Void, Never>]) in
                    if deadline <= state.now || Task.isCancelled { return (true, []) }
                    state.sleepers[id] = (deadline, continuation)
                    let count = state.sleepers.count
                    let ready = state.watchers.filter { $0.value.count <= count }
                    ready.keys.forEach { state.watchers[$0] = nil }
                    return (false, ready.values.map(\.continuation))
                }
                watchers.forEach { $0.resume() }
                if resume { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.sleepers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    func advance(by duration: Duration) {
        let due = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            state.now += duration
            let now = state.now
            let due = state.sleepers.filter { $0.value.deadline <= now }
            due.keys.forEach { state.sleepers[$0] = nil }
            return due.values.map(\.continuation)
        }
        due.forEach { $0.resume() }
    }

    /// Returns once at least `count` tasks are sleeping on this clock, or when cancelled (by the
    /// suite's time limit, if the code under test never sleeps).
    func waitForSleepers(_ count: Int) async {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> Bool in
                    if state.sleepers.count >= count || Task.isCancelled { return true }
                    state.watchers[id] = (count, continuation)
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.watchers.removeValue(forKey: id) }?.continuation.resume()
        }
    }
}

private let start = ContinuousClock.now

private func channelMessages(_ channel: String) -> DiscordRoute {
    DiscordRoute(.post, "/channels/{channel.id}/messages", ["channel.id": channel])
}

private let callback = DiscordRoute(.post, "/interactions/{interaction.id}/{interaction.token}/callback",
                                    ["interaction.id": "900", "interaction.token": "secret-token"])

private func headers(bucket: String = "abcd1234", limit: Int = 5, remaining: Int, resetAfter: Duration) -> RateLimitHeaders {
    RateLimitHeaders(bucket: bucket, limit: limit, remaining: remaining, resetAfter: resetAfter)
}

extension RateLimiter.Permit {
    var ticket: RateLimitTicket? {
        if case .go(let ticket) = self { return ticket }
        return nil
    }
}

@discardableResult
private func go(_ limiter: RateLimiter, _ route: DiscordRoute, at instant: ContinuousClock.Instant,
                sourceLocation: SourceLocation = #_sourceLocation) async throws -> RateLimitTicket {
    let permit = await limiter.permit(for: route, at: instant)
    return try #require(permit.ticket, "expected to go, got \(permit)", sourceLocation: sourceLocation)
}

@Suite("Rate limit headers and bodies")
struct RateLimitHeaderTests {
    @Test func readsTheDocumentedHeadersCaseInsensitively() {
        let parsed = RateLimitHeaders([
            ("x-ratelimit-limit", "10"), ("X-RATELIMIT-REMAINING", "0"), ("X-RateLimit-Reset", "1470173023.123"),
            ("X-RateLimit-Reset-After", "64.57"), ("X-RateLimit-Bucket", "abcd1234"), ("X-RateLimit-Scope", "user"),
            ("Retry-After", "65"), ("Content-Type", "application/json"),
        ])
        #expect(parsed.limit == 10)
        #expect(parsed.remaining == 0)
        #expect(parsed.reset == Date(timeIntervalSince1970: 1470173023.123))
        #expect(parsed.resetAfter == .milliseconds(64_570))
        #expect(parsed.bucket == "abcd1234")
        #expect(parsed.scope == .user)
        #expect(parsed.retryAfter == .seconds(65))
        #expect(!parsed.isGlobal)
        #expect(RateLimitHeaders([("X-RateLimit-Global", "True"), ("x-ratelimit-scope", "GLOBAL")]).isGlobal)
        #expect(RateLimitHeaders([("x-ratelimit-scope", "shared")]).scope == .shared)
    }

    @Test func garbageValuesAreIgnoredNotFatal() {
        let parsed = RateLimitHeaders([
            ("X-RateLimit-Limit", "-3"), ("X-RateLimit-Remaining", "lots"), ("X-RateLimit-Reset", "nan"),
            ("X-RateLimit-Reset-After", "inf"), ("X-RateLimit-Bucket", "   "), ("X-RateLimit-Scope", "galaxy"),
            ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"), ("X-RateLimit-Global", "yes please"),
        ])
        #expect(parsed == RateLimitHeaders())
        #expect(RateLimitHeaders([("X-RateLimit-Reset-After", "-1")]).resetAfter == nil)
        #expect(RateLimitHeaders([("X-RateLimit-Remaining", "99999999999999999999999")]).remaining == nil)
        // Absurd but well-formed waits are clamped to a day rather than trusted.
        #expect(RateLimitHeaders([("Retry-After", "1e300")]).retryAfter == RateLimitHeaders.longestWait)
        // A garbage first value does not hide a good repeat.
        #expect(RateLimitHeaders([("X-RateLimit-Remaining", "x"), ("X-RateLimit-Remaining", "2")]).remaining == 2)
    }

    @Test func readsRateLimitBodiesFieldByField() throws {
        let user = try #require(RateLimitBody(json: Data(#"{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}"#.utf8)))
        #expect(user == RateLimitBody(message: "You are being rate limited.", retryAfter: .milliseconds(64_570), global: false))
        let coded = try #require(RateLimitBody(json: Data(#"{"retry_after": "soon", "global": true, "code": 20028}"#.utf8)))
        #expect(coded.retryAfter == nil)
        #expect(coded.global == true)
        #expect(coded.code == 20028)
        #expect(RateLimitBody(json: Data("<html>502 Bad Gateway</html>".utf8)) == nil)
        #expect(RateLimitBody(json: Data(#"{"retry_after": -5}"#.utf8))?.retryAfter == nil)
    }
}

@Suite("Rate limit routes")
struct RateLimitRouteTests {
    @Test func majorParametersAreTheTopLevelResources() {
        let message = DiscordRoute(.patch, "/channels/{channel.id}/messages/{message.id}", ["channel.id": "1", "message.id": "2"])
        #expect(message.majorKey == "channel.id=1")
        #expect(message.path == "/channels/1/messages/2")
        #expect(message.routeID == "PATCH /channels/{channel.id}/messages/{message.id}")
        let member = DiscordRoute(.get, "/guilds/{guild.id}/members/{user.id}", ["guild.id": "7", "user.id": "8"])
        #expect(member.majorKey == "guild.id=7")
        #expect(DiscordRoute(.get, "/applications/{application.id}/commands", ["application.id": "5"]).majorKey == "")
        #expect(DiscordRoute(.get, "/channels/{channel.id}", [:]).path == nil)
        #expect(DiscordRoute(.get, "/channels/{channel.id}", ["channel.id": "a/b"]).path == "/channels/a%2Fb")
    }

    @Test func tokensSeparateWebhooksWithoutAppearingInKeys() {
        let first = DiscordRoute(.post, "/webhooks/{webhook.id}/{webhook.token}", ["webhook.id": "3", "webhook.token": "tok-one"])
        let second = DiscordRoute(.post, "/webhooks/{webhook.id}/{webhook.token}", ["webhook.id": "3", "webhook.token": "tok-two"])
        #expect(first.majorKey != second.majorKey)
        #expect(first.majorKey.hasPrefix("webhook.id=3/webhook.token=#"))
        #expect(!first.majorKey.contains("tok-one"))
        #expect(!callback.majorKey.contains("secret-token"))
    }

    @Test func onlyInteractionEndpointsAreExemptFromTheGlobalLimit() {
        #expect(callback.isExemptFromGlobalLimit)
        let followUp = DiscordRoute(.post, "/webhooks/{application.id}/{interaction.token}", ["application.id": "1", "interaction.token": "t"])
        #expect(followUp.isExemptFromGlobalLimit)
        #expect(!channelMessages("1").isExemptFromGlobalLimit)
        #expect(!DiscordRoute(.post, "/webhooks/{webhook.id}/{webhook.token}", ["webhook.id": "1", "webhook.token": "t"]).isExemptFromGlobalLimit)
    }
}

@Suite("Rate limit buckets", .timeLimit(.minutes(1)))
struct RateLimitBucketTests {
    @Test func aLearnedBucketWaitsUntilResetAfterOnceExhausted() async throws {
        let limiter = RateLimiter()
        let route = channelMessages("1")
        let first = try await go(limiter, route, at: start)
        await limiter.record(status: 200, headers: headers(limit: 3, remaining: 2, resetAfter: .seconds(2)), for: first, at: start)
        try await go(limiter, route, at: start + .milliseconds(10))
        try await go(limiter, route, at: start + .milliseconds(20))
        #expect(await limiter.permit(for: route, at: start + .milliseconds(30)) == .wait(until: start + .seconds(2), reason: .bucket))
        #expect(await limiter.permit(for: route, at: start + .milliseconds(1999)) == .wait(until: start + .seconds(2), reason: .bucket))
        try await go(limiter, route, at: start + .seconds(2))
    }

    @Test func twoChannelsSharingABucketHashCountSeparately() async throws {
        let limiter = RateLimiter()
        for channel in ["1", "2"] {
            let probe = try await go(limiter, channelMessages(channel), at: start)
            await limiter.record(status: 200, headers: headers(limit: 1, remaining: 0, resetAfter: .seconds(5)), for: probe, at: start)
        }
        #expect(await limiter.permit(for: channelMessages("1"), at: start + .seconds(1)) == .wait(until: start + .seconds(5), reason: .bucket))
        // A third channel, same hash: its own count, learned again from its own first response.
        let third = try await go(limiter, channelMessages("3"), at: start + .seconds(1))
        await limiter.record(status: 200, headers: headers(limit: 2, remaining: 1, resetAfter: .seconds(5)), for: third, at: start + .seconds(1))
        try await go(limiter, channelMessages("3"), at: start + .seconds(1))
        #expect(await limiter.permit(for: channelMessages("2"), at: start + .seconds(1)) == .wait(until: start + .seconds(5), reason: .bucket))
    }

    @Test func anUnknownBucketLetsOneRequestOutAtATime() async throws {
        let limiter = RateLimiter()
        let route = channelMessages("1")
        let probe = try await go(limiter, route, at: start)
        #expect(await limiter.permit(for: route, at: start + .milliseconds(5)) == .waitForResponse(notAfter: start + .seconds(30)))
        // Another resource on the same route is not held back by this probe.
        try await go(limiter, channelMessages("2"), at: start + .milliseconds(5))
        await limiter.record(status: 200, headers: headers(limit: 5, remaining: 4, resetAfter: .seconds(1)), for: probe, at: start + .milliseconds(50))
        for _ in 0..<4 { try await go(limiter, route, at: start + .milliseconds(60)) }
        #expect(await limiter.permit(for: route, at: start + .milliseconds(60)) == .wait(until: start + .milliseconds(1050), reason: .bucket))
    }

    @Test func aLostProbeStopsHoldingTheBucketAfterTheTimeout() async throws {
        let limiter = RateLimiter()
        let route = channelMessages("1")
        let lost = try await go(limiter, route, at: start)
        #expect(await limiter.permit(for: route, at: start + .seconds(29)).ticket == nil)
        try await go(limiter, route, at: start + .seconds(30))
        // An explicit release frees it at once.
        let other = try await go(limiter, channelMessages("2"), at: start)
        await limiter.release(other, at: start + .seconds(1))
        try await go(limiter, channelMessages("2"), at: start + .seconds(1))
        _ = lost
    }

    @Test func waitersForAnUnknownBucketGoWhenTheProbeIsAnswered() async throws {
        let clock = ManualRateLimitClock(start)
        let limiter = RateLimiter(clock: clock)
        let route = channelMessages("1")
        let probe = try await limiter.acquire(route)
        let second = Task { try await limiter.acquire(route) }
        await clock.waitForSleepers(1)  // the second request's timeout timer: it is now waiting
        #expect(clock.sleeperDeadlines == [start + .seconds(30)])
        #expect(await limiter.statistics().waitingForResponse == 1)
        await limiter.record(status: 200, headers: headers(remaining: 4, resetAfter: .seconds(1)), for: probe, at: clock.now)
        let ticket = try await second.value
        #expect(ticket.bucketKey == "abcd1234 channel.id=1")
        #expect(ticket.issuedAt == start)
    }

    @Test func aWaiterGoesWhenTheProbesAnswerNeverComes() async throws {
        let clock = ManualRateLimitClock(start)
        let limiter = RateLimiter(clock: clock)
        _ = try await limiter.acquire(channelMessages("1"))
        let second = Task { try await limiter.acquire(channelMessages("1")) }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(30))
        #expect(try await second.value.issuedAt == start + .seconds(30))
    }

    @Test func aCancelledWaiterStopsWaiting() async throws {
        let clock = ManualRateLimitClock(start)
        let limiter = RateLimiter(clock: clock)
        let probe = try await limiter.acquire(channelMessages("1"))
        let second = Task { try await limiter.acquire(channelMessages("1")) }
        await clock.waitForSleepers(1)
        second.cancel()
        await #expect(throws: CancellationError.self) { try await second.value }
        #expect(await limiter.statistics().waitingForResponse == 0)
        // The cancelled waiter took nothing: the probe's answer still frees the bucket.
        await limiter.record(status: 200, headers: headers(remaining: 1, resetAfter: .seconds(1)), for: probe, at: start)
        #expect(await limiter.permit(for: channelMessages("1"), at: start).ticket != nil)
    }

    @Test func aRouteWithoutBucketHeadersIsLimitedOnlyGlobally() async throws {
        let limiter = RateLimiter()
        let route = DiscordRoute(.get, "/gateway/bot")
        let probe = try await go(limiter, route, at: start)
        await limiter.record(status: 200, headers: RateLimitHeaders(), for: probe, at: start)
        let tickets = try await (0..<10).asyncMap { _ in try await go(limiter, route, at: start) }
        #expect(tickets.allSatisfy { $0.bucketKey == nil })
    }

    @Test func aResponseFromAnOlderWindowDoesNotRaiseTheCount() async throws {
        let limiter = RateLimiter()
        let route = channelMessages("1")
        let probe = try await go(limiter, route, at: start)
        await limiter.record(status: 200, headers: headers(limit: 5, remaining: 4, resetAfter: .seconds(1)), for: probe, at: start)
        let a = try await go(limiter, route, at: start)
        let b = try await go(limiter, route, at: start)
        // b's answer arrives first and says 2 left; a's later, stale answer says 3: 2 stays.
        await limiter.record(status: 200, headers: headers(limit: 5, remaining: 2, resetAfter: .seconds(1)), for: b, at: start)
        await limiter.record(status: 200, headers: headers(limit: 5, remaining: 3, resetAfter: .seconds(1)), for: a, at: start)
        try await go(limiter, route, at: start)
        try await go(limiter, route, at: start)
        #expect(await limiter.permit(for: route, at: start) == .wait(until: start + .seconds(1), reason: .bucket))
    }
}

@Suite("Rate limit global limit", .timeLimit(.minutes(1)))
struct RateLimitGlobalTests {
    /// 50 requests to 50 channels whose routes are known to have no bucket, so only the global limit applies.
    private func saturate(_ limiter: RateLimiter, at instant: ContinuousClock.Instant) async throws {
        let route = DiscordRoute(.get, "/gateway/bot")
        let probe = try await go(limiter, route, at: instant)
        await limiter.record(status: 200, headers: RateLimitHeaders(), for: probe, at: instant)
        for i in 1..<50 { try await go(limiter, route, at: instant + .milliseconds(i)) }
    }

    @Test func theFiftyFirstRequestInASecondWaitsButAnInteractionCallbackDoesNot() async throws {
        let limiter = RateLimiter()
        try await saturate(limiter, at: start)
        let route = DiscordRoute(.get, "/gateway/bot")
        #expect(await limiter.permit(for: route, at: start + .milliseconds(500)) == .wait(until: start + .seconds(1), reason: .globalLimit))
        try await go(limiter, callback, at: start + .milliseconds(500))
        try await go(limiter, route, at: start + .seconds(1))
        // The window slides: the second request of the burst (at 1 ms) still counts at 1.0005 s.
        #expect(await limiter.permit(for: route, at: start + .microseconds(1_000_500)) == .wait(until: start + .milliseconds(1001), reason: .globalLimit))
    }

    @Test func acquireQueuesTheFiftyFirstUntilTheWindowMoves() async throws {
        let clock = ManualRateLimitClock(start)
        let limiter = RateLimiter(clock: clock)
        try await saturate(limiter, at: start)
        let queued = Task { try await limiter.acquire(DiscordRoute(.get, "/gateway/bot")) }
        await clock.waitForSleepers(1)
        #expect(clock.sleeperDeadlines == [start + .seconds(1)])
        clock.advance(by: .seconds(1))
        #expect(try await queued.value.issuedAt == start + .seconds(1))
    }
}

@Suite("Rate limit 429 responses")
struct RateLimit429Tests {
    private let userBody = Data(#"{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}"#.utf8)
    private let globalBody = Data(#"{"message": "You are being rate limited.", "retry_after": 3.5, "global": true}"#.utf8)

    @Test func aUserScope429BlocksOnlyThatBucketForTheBodysRetryAfter() async throws {
        let limiter = RateLimiter()
        let ticket = try await go(limiter, channelMessages("1"), at: start)
        let limited = RateLimitHeaders([("Retry-After", "65"), ("X-RateLimit-Limit", "10"), ("X-RateLimit-Remaining", "0"),
                                        ("X-RateLimit-Reset-After", "64.57"), ("X-RateLimit-Bucket", "abcd1234"), ("X-RateLimit-Scope", "user")])
        let outcome = await limiter.record(status: 429, headers: limited, body: userBody, for: ticket, at: start)
        #expect(outcome == .rateLimited(scope: .user, retryAfter: .milliseconds(64_570)))
        #expect(await limiter.permit(for: channelMessages("1"), at: start + .seconds(1)) == .wait(until: start + .milliseconds(64_570), reason: .bucket))
        try await go(limiter, channelMessages("2"), at: start + .seconds(1))
        try await go(limiter, DiscordRoute(.get, "/users/@me"), at: start + .seconds(1))
        let stats = await limiter.statistics(at: start + .seconds(1))
        #expect(stats.rateLimited == [.user: 1])
        #expect(stats.invalidRequests == 1)
        #expect(stats.bucketWaits == [.init(key: "abcd1234 channel.id=1", until: start + .milliseconds(64_570))])
    }

    @Test func aGlobal429PausesEveryRouteExceptInteractionCallbacks() async throws {
        let limiter = RateLimiter()
        let ticket = try await go(limiter, channelMessages("1"), at: start)
        let limited = RateLimitHeaders([("Retry-After", "4"), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global")])
        let outcome = await limiter.record(status: 429, headers: limited, body: globalBody, for: ticket, at: start)
        #expect(outcome == .rateLimited(scope: .global, retryAfter: .milliseconds(3500)))
        for route in [channelMessages("2"), DiscordRoute(.get, "/guilds/{guild.id}", ["guild.id": "9"])] {
            #expect(await limiter.permit(for: route, at: start + .seconds(1)) == .wait(until: start + .milliseconds(3500), reason: .globalPause))
        }
        try await go(limiter, callback, at: start + .seconds(1))
        let stats = await limiter.statistics(at: start + .seconds(1))
        #expect(stats.globalPausedUntil == start + .milliseconds(3500))
        #expect(stats.rateLimited == [.global: 1])
        #expect(stats.invalidRequests == 1)
        try await go(limiter, channelMessages("2"), at: start + .milliseconds(3500))
        #expect(await limiter.statistics(at: start + .milliseconds(3500)).globalPausedUntil == nil)
    }

    @Test func aShared429BlocksTheBucketButIsNotAnInvalidRequest() async throws {
        let limiter = RateLimiter()
        let ticket = try await go(limiter, channelMessages("1"), at: start)
        let limited = RateLimitHeaders([("Retry-After", "1337"), ("X-RateLimit-Limit", "10"), ("X-RateLimit-Remaining", "9"),
                                        ("X-RateLimit-Reset-After", "64.57"), ("X-RateLimit-Bucket", "abcd1234"), ("X-RateLimit-Scope", "shared")])
        let body = Data(#"{"message": "The resource is being rate limited.", "retry_after": 1336.57, "global": false}"#.utf8)
        #expect(await limiter.record(status: 429, headers: limited, body: body, for: ticket, at: start)
                == .rateLimited(scope: .shared, retryAfter: .milliseconds(1_336_570)))
        #expect(await limiter.permit(for: channelMessages("1"), at: start + .seconds(100)) == .wait(until: start + .milliseconds(1_336_570), reason: .bucket))
        let stats = await limiter.statistics(at: start + .seconds(1))
        #expect(stats.rateLimited == [.shared: 1])
        #expect(stats.invalidRequests == 0)
    }

    @Test func aBare429FallsBackToHeadersThenToTheDefault() async throws {
        let limiter = RateLimiter()
        // No scope header, but the body says global.
        let first = try await go(limiter, channelMessages("1"), at: start)
        #expect(await limiter.record(status: 429, headers: RateLimitHeaders([("Retry-After", "2")]), body: Data(#"{"global": true}"#.utf8), for: first, at: start)
                == .rateLimited(scope: .global, retryAfter: .seconds(2)))
        // Nothing usable anywhere: treated as the route's own limit, for a second.
        let second = try await go(limiter, channelMessages("2"), at: start + .seconds(2))
        #expect(await limiter.record(status: 429, headerFields: [("Retry-After", "soon")], body: Data("oops".utf8), for: second, at: start + .seconds(2))
                == .rateLimited(scope: .user, retryAfter: .seconds(1)))
        #expect(await limiter.permit(for: channelMessages("2"), at: start + .seconds(2)) == .wait(until: start + .seconds(3), reason: .bucket))
    }
}

@Suite("Rate limit invalid-request breaker")
struct RateLimitBreakerTests {
    @Test func opensAtItsThresholdAndClosesAsTheWindowSlides() async throws {
        var settings = RateLimiter.Settings()
        settings.invalidRequestThreshold = 3
        settings.invalidRequestWindow = .seconds(600)
        let limiter = RateLimiter(settings: settings)
        let route = DiscordRoute(.get, "/guilds/{guild.id}", ["guild.id": "1"])
        for (offset, status) in [(0, 403), (10, 404), (20, 401), (30, 500), (40, 403)] {
            let ticket = try await go(limiter, route, at: start + .seconds(offset))
            await limiter.record(status: status, headers: RateLimitHeaders(), for: ticket, at: start + .seconds(offset))
        }
        let permit = await limiter.permit(for: route, at: start + .seconds(50))
        guard case .refused(let error) = permit else {
            Issue.record("expected a refusal, got \(permit)")
            return
        }
        #expect(error.kind == .invalidRequestBreakerOpen)
        #expect(error.retryAt == start + .seconds(600))
        #expect(error.description.contains("3 responses with 401, 403 or 429"))
        // Interaction callbacks are refused too: the ban is per IP.
        #expect(await limiter.permit(for: callback, at: start + .seconds(50)).ticket == nil)
        #expect(await limiter.statistics(at: start + .seconds(50)).breakerOpenUntil == start + .seconds(600))
        try await go(limiter, route, at: start + .seconds(600))
    }

    @Test func theDefaultBreakerOpensAtNineThousandWithinTenMinutes() {
        var breaker = InvalidRequestBreaker()
        for i in 0..<8_999 { breaker.record(status: 429, scope: .user, at: start + .milliseconds(i * 10)) }
        #expect(breaker.openUntil(at: start + .seconds(100)) == nil)
        let sharedCounted = breaker.record(status: 429, scope: .shared, at: start + .seconds(100))
        #expect(!sharedCounted)
        #expect(breaker.openUntil(at: start + .seconds(100)) == nil)
        let unauthorizedCounted = breaker.record(status: 401, scope: nil, at: start + .seconds(100))
        #expect(unauthorizedCounted)
        #expect(breaker.openUntil(at: start + .seconds(100)) == start + .seconds(600))
        #expect(breaker.openUntil(at: start + .seconds(600)) == nil)
        #expect(breaker.count(at: start + .seconds(600)) == 8_999)
    }
}

@Suite("Rate limit channel renames")
struct RateLimitRenameTests {
    @Test func allowsTwoRenamesThenReportsWhenTheThirdMayGo() {
        var renames = ChannelRenameGuard()
        #expect(renames.renameAllowed(channel: "1", at: start) == .allowed)
        renames.recordRename(channel: "1", at: start)
        #expect(renames.renameAllowed(channel: "1", at: start + .seconds(60)) == .allowed)
        renames.recordRename(channel: "1", at: start + .seconds(60))
        #expect(renames.renameAllowed(channel: "1", at: start + .seconds(61)) == .notBefore(start + .seconds(600)))
        #expect(renames.renameAllowed(channel: "2", at: start + .seconds(61)) == .allowed)
        #expect(renames.renameAllowed(channel: "1", at: start + .seconds(600)) == .allowed)
        renames.recordRename(channel: "1", at: start + .seconds(600))
        #expect(renames.renameAllowed(channel: "1", at: start + .seconds(601)) == .notBefore(start + .seconds(660)))
        #expect(renames.trackedChannels(at: start + .seconds(1260)) == 0)
    }

    @Test func theLimiterKeepsARenameGuard() async {
        let limiter = RateLimiter()
        await limiter.recordRename(channel: "5", at: start)
        await limiter.recordRename(channel: "5", at: start)
        #expect(await limiter.renameAllowed(channel: "5", at: start) == .notBefore(start + .seconds(600)))
    }
}

private extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}

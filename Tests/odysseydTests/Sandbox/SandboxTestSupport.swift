import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import Shared
import Synchronization
import Testing
@testable import odysseyd

/// Virtual time shared by the sandbox and the REST client under test: `sleep` returns at once
/// having moved `now` to the deadline, and `advance(by:)` moves it by hand (the 3 s
/// acknowledgement window, the breaker's 10 minutes).
final class SandboxTestClock: RateLimitClock {
    private let state: Mutex<(now: ContinuousClock.Instant, slept: [Duration])>

    init(start: ContinuousClock.Instant = .now) { state = Mutex((start, [])) }

    var now: ContinuousClock.Instant { state.withLock { $0.now } }
    var slept: [Duration] { state.withLock { $0.slept } }

    func advance(by duration: Duration) {
        state.withLock { $0.now += duration }
    }

    func sleep(until deadline: ContinuousClock.Instant) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            if deadline > state.now {
                state.slept.append(deadline - state.now)
                state.now = deadline
            }
        }
    }
}

/// A gateway stand-in that hands every dispatch to the test, so a test can play the bot.
struct RecordingGateway: SandboxGatewayHost {
    let dispatches: AsyncStream<SandboxEvent>
    private let continuation: AsyncStream<SandboxEvent>.Continuation

    init() {
        (dispatches, continuation) = AsyncStream<SandboxEvent>.makeStream()
    }

    func register(on router: Router<BasicWebSocketRequestContext>) {}

    func botInfo(baseWebSocketURL: String) async -> JSONValue {
        .object(["url": .string(baseWebSocketURL + "/gateway"), "shards": .number(1)])
    }

    func dispatch(_ event: String, _ data: JSONValue, guildID: UInt64?) async {
        continuation.yield(SandboxEvent(name: event, data: data, guildID: guildID))
    }
}

/// One sandbox on a free port with the demo world on `clock`, and a real `DiscordRESTClient`
/// (with its own limiter on the same clock) pointed at it.
struct SandboxHarness: Sendable {
    let sandbox: DiscordSandbox
    let client: DiscordRESTClient
    let clock: SandboxTestClock
    var world: SandboxWorld { sandbox.world }

    /// Another client with a limiter of its own: it has not learned the buckets, so it can run
    /// into the sandbox's limits.
    func makeClient(token: String = SandboxDefaults.token, settings: RateLimiter.Settings = RateLimiter.Settings()) async -> DiscordRESTClient {
        DiscordRESTClient(baseURL: await sandbox.apiBaseURL(), token: token, limiter: RateLimiter(settings: settings, clock: clock),
                          httpClient: nil, logger: .test, clock: clock)
    }

    static func with(gateway: RecordingGateway? = nil, limiterSettings: RateLimiter.Settings = RateLimiter.Settings(),
                     _ body: (SandboxHarness) async throws -> Void) async throws {
        let clock = SandboxTestClock()
        let world = SandboxWorld.demo(clock: clock)
        let factory: DiscordSandbox.GatewayFactory
        if let gateway {
            factory = { _, _, _ in gateway }
        } else {
            factory = DiscordSandbox.noGateway
        }
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), world: world, gateway: factory, logger: .test) { sandbox in
            let client = DiscordRESTClient(baseURL: await sandbox.apiBaseURL(), token: SandboxDefaults.token,
                                           limiter: RateLimiter(settings: limiterSettings, clock: clock), httpClient: nil,
                                           logger: .test, clock: clock)
            let harness = SandboxHarness(sandbox: sandbox, client: client, clock: clock)
            do {
                try await body(harness)
            } catch {
                await client.shutdown()
                throw error
            }
            await client.shutdown()
        }
    }

    /// Every request body the sandbox received is one Discord's OpenAPI spec accepts.
    func expectRequestsValidAgainstSpec(sourceLocation: SourceLocation = #_sourceLocation) async {
        await world.expectRequestsValidAgainstSpec(sourceLocation: sourceLocation)
    }

    /// Deploys `commands` to the demo guild through the client, as the daemon does.
    func deploy(_ commands: [ApplicationCommandDefinition]) async throws -> [ApplicationCommand] {
        try await client.bulkOverwriteGuildCommands(applicationID: Snowflake(SandboxWorld.Demo.applicationID),
                                                    guild: Snowflake(SandboxWorld.Demo.guildID), commands: commands)
    }
}

/// Waits for the next event of that name on the stream, at most `timeout`.
func nextEvent(named name: String, in stream: AsyncStream<SandboxEvent>, timeout: Duration = .seconds(30)) async -> SandboxEvent? {
    await withTaskGroup(of: SandboxEvent?.self) { group in
        group.addTask {
            for await event in stream where event.name == name { return event }
            return nil
        }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first
    }
}

extension SandboxWorld {
    /// Every request body the sandbox received (there must be some) is valid for Discord's OpenAPI spec.
    func expectRequestsValidAgainstSpec(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!requests.isEmpty, sourceLocation: sourceLocation)
        for request in requests {
            let problems = DiscordOpenAPI.shared.validate(method: request.method, path: request.path, body: request.body)
            #expect(problems.isEmpty, "\(request.method) \(request.path): \(problems)", sourceLocation: sourceLocation)
        }
    }
}

/// Runs `body` with a REST client pointed at `baseURL` and shuts the client down however `body`
/// ends: AsyncHTTPClient traps when a client is dropped without a shutdown, which would take the
/// whole test process down with one failed expectation.
func withRESTClient<Value: Sendable>(baseURL: String, token: String = SandboxDefaults.token,
                                     _ body: (DiscordRESTClient) async throws -> Value) async throws -> Value {
    let rest = DiscordRESTClient(baseURL: baseURL, token: token, limiter: RateLimiter(), httpClient: nil, logger: .test)
    do {
        let value = try await body(rest)
        await rest.shutdown()
        return value
    } catch {
        await rest.shutdown()
        throw error
    }
}

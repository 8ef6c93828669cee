import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceLifecycle
import Shared
import Synchronization
import Testing
@testable import odysseyd

/// A sandbox gateway on loopback (WebSocket routes plus `GET /api/v10/gateway/bot`), for the
/// gateway suites.
struct GatewayHarness: Sendable {
    static let token = "sandbox-gateway-token"
    static let applicationID: UInt64 = 900_000_000_000_000_001
    static let botUserID: UInt64 = 900_000_000_000_000_002

    let gateway: SandboxGateway
    let apiBaseURL: String

    static func configuration(heartbeat: Duration = .seconds(2), guilds: [JSONValue] = [],
                              limit: GatewaySessionStartLimit = .init(total: 1000, remaining: 1000, resetAfter: .seconds(86_400), maxConcurrency: 1)) -> SandboxGatewayConfiguration {
        SandboxGatewayConfiguration(token: token, applicationID: applicationID, botUserID: botUserID, botUsername: "odyssey",
                                    heartbeatInterval: heartbeat, shardCount: 1, sessionStartLimit: limit, guilds: { guilds })
    }

    static func with(_ configuration: SandboxGatewayConfiguration, _ body: (GatewayHarness) async throws -> Void) async throws {
        let gateway = SandboxGateway(configuration: configuration, logger: .test)
        let webSocketRouter = Router(context: BasicWebSocketRequestContext.self)
        gateway.register(on: webSocketRouter)
        let port = Mutex<Int>(0)
        let httpRouter = Router()
        httpRouter.get("/api/v10/gateway/bot") { _, _ -> Response in
            let info = await gateway.botInfo(baseWebSocketURL: "ws://127.0.0.1:\(port.withLock { $0 })")
            let body = try JSONEncoder().encode(info)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            router: httpRouter,
            server: .http1WebSocketUpgrade(webSocketRouter: webSocketRouter),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: .test
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            let bound = try #require(await iterator.next())
            port.withLock { $0 = bound }
            do {
                try await body(GatewayHarness(gateway: gateway, apiBaseURL: "http://127.0.0.1:\(bound)/api/v10"))
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    /// A service (and its router) pointed at this sandbox, with short waits; shut `rest` down after.
    func makeService(store: any GatewaySessionStore = InMemoryGatewaySessionStore(), token: String = GatewayHarness.token,
                     intents: GatewayIntents = [.guilds, .guildVoiceStates], compress: Bool = true) -> (GatewayServiceRun, DiscordRESTClient) {
        let rest = DiscordRESTClient(baseURL: apiBaseURL, token: token, limiter: RateLimiter(), httpClient: nil, logger: .test)
        var configuration = GatewayServiceConfiguration(token: token, intents: intents)
        configuration.connection.compress = compress
        configuration.connection.jitter = { 0 }
        configuration.connection.closeTimeout = .seconds(2)
        configuration.connection.reconnectPolicy = ReconnectPolicy(baseDelay: .milliseconds(20), maximumDelay: .milliseconds(200))
        let recorder = DispatchRecorder()
        let interactions = AsyncStream<Interaction>.makeStream()
        let router = DiscordEventRouter(cache: GuildCache(), logger: .test) { interaction in
            interactions.continuation.yield(interaction)
        }
        let board = GatewayStatusBoard()
        let service = GatewayService(configuration: configuration, rest: rest, sessionStore: store,
                                     handler: recorder.forwarding(to: router), statusBoard: board, logger: .test)
        return (GatewayServiceRun(service: service, router: router, board: board, dispatches: recorder, interactions: interactions.stream), rest)
    }

    /// Runs a ``GatewayService`` (and its ``DiscordEventRouter``) against this sandbox while `body` runs,
    /// then stops it gracefully and waits for it to finish.
    func runService(store: any GatewaySessionStore = InMemoryGatewaySessionStore(), token: String = GatewayHarness.token,
                    intents: GatewayIntents = [.guilds, .guildVoiceStates], compress: Bool = true,
                    _ body: (GatewayServiceRun) async throws -> Void) async throws {
        let (run, rest) = makeService(store: store, token: token, intents: intents, compress: compress)
        let service = run.service, router = run.router
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await service.run() }
                group.addTask { await router.run() }
                do {
                    try await body(run)
                } catch {
                    await service.stop()
                    group.cancelAll()
                    throw error
                }
                await service.stop()
                try await group.next()   // the service: it returns after saving its sessions
                group.cancelAll()
            }
        } catch {
            await rest.shutdown()
            throw error
        }
        await rest.shutdown()
    }
}

/// A running service and what tests watch of it.
struct GatewayServiceRun: Sendable {
    let service: GatewayService
    let router: DiscordEventRouter
    let board: GatewayStatusBoard
    let dispatches: DispatchRecorder
    let interactions: AsyncStream<Interaction>

    /// Waits until the board shows shard 0 matching `predicate`.
    func waitForShard(timeout: Duration = .seconds(30), _ predicate: @escaping @Sendable (GatewayShardStatus) -> Bool) async throws -> GatewayShardStatus {
        let updates = await board.updates()
        return try await firstElement(of: updates, timeout: timeout) { statuses in statuses.first.map(predicate) ?? false }.first!
    }
}

/// Passes dispatches on and lets tests await them by name.
final class DispatchRecorder: Sendable {
    private let subscribers = Mutex<[AsyncStream<GatewayDispatch>.Continuation]>([])
    private let seen = Mutex<[String]>([])

    var events: [String] { seen.withLock { $0 } }

    func stream() -> AsyncStream<GatewayDispatch> {
        let (stream, continuation) = AsyncStream<GatewayDispatch>.makeStream()
        subscribers.withLock { $0.append(continuation) }
        return stream
    }

    func forwarding(to handler: any GatewayEventHandler) -> some GatewayEventHandler {
        Forwarder(recorder: self, next: handler)
    }

    fileprivate func record(_ dispatch: GatewayDispatch) {
        seen.withLock { $0.append(dispatch.event) }
        subscribers.withLock { $0.forEach { $0.yield(dispatch) } }
    }

    private struct Forwarder: GatewayEventHandler {
        let recorder: DispatchRecorder
        let next: any GatewayEventHandler

        func handle(_ dispatch: GatewayDispatch) async {
            await next.handle(dispatch)
            recorder.record(dispatch)
        }
    }
}

struct GatewayTestTimeout: Error, CustomStringConvertible {
    var description: String
}

/// The first element of `sequence` matching `predicate`, or ``GatewayTestTimeout`` after `timeout`.
func firstElement<Element: Sendable>(of sequence: AsyncStream<Element>, timeout: Duration = .seconds(30),
                                     where predicate: @escaping @Sendable (Element) -> Bool) async throws -> Element {
    let skipped = SkippedElements()
    return try await withThrowingTaskGroup(of: Element?.self) { group in
        group.addTask {
            for await element in sequence {
                if predicate(element) { return element }
                skipped.add("\(element)")
            }
            return nil
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        guard let first else {
            let seen = skipped.recent.joined(separator: "; ")
            throw GatewayTestTimeout(description: "no matching element within \(timeout); last seen: \(seen)")
        }
        return first
    }
}

/// GUILD_CREATE payloads for tests.
enum GatewayFixtures {
    static func guild(id: UInt64, name: String = "Guild", channels: Int = 3, roles: Int = 2, members: Int = 4,
                      voiceStates: Int = 1, padding: Int = 0) -> JSONValue {
        func snowflake(_ offset: Int) -> JSONValue { .string(String(id + UInt64(offset))) }
        let channelList: [JSONValue] = (0..<channels).map { index in
            .object([
                "id": snowflake(1000 + index), "type": .number(index == 0 ? 2 : 0), "guild_id": .string(String(id)),
                "name": .string(index == 0 ? "Voice" : "text-\(index)"), "position": .number(Double(index)),
                "permission_overwrites": .array([]),
            ])
        }
        let roleList: [JSONValue] = (0..<roles).map { index in
            .object(["id": index == 0 ? .string(String(id)) : snowflake(2000 + index), "name": .string(index == 0 ? "@everyone" : "role-\(index)"),
                     "color": .number(0), "hoist": .bool(false), "position": .number(Double(index)), "permissions": .string("1024"),
                     "managed": .bool(false), "mentionable": .bool(false)])
        }
        let memberList: [JSONValue] = (0..<members).map { index in
            .object([
                "user": .object(["id": snowflake(3000 + index), "username": .string("user\(index)"), "discriminator": .string("0"),
                                 "global_name": .string(String(repeating: "x", count: padding))]),
                "roles": .array(roles > 1 ? [snowflake(2001)] : []), "joined_at": .string("2024-01-01T00:00:00.000000+00:00"),
                "deaf": .bool(false), "mute": .bool(false),
            ])
        }
        let voiceList: [JSONValue] = (0..<voiceStates).map { index in
            .object([
                "channel_id": snowflake(1000), "user_id": snowflake(3000 + index), "session_id": .string("voice-\(index)"),
                "deaf": .bool(false), "mute": .bool(false), "self_deaf": .bool(false), "self_mute": .bool(true),
                "self_video": .bool(false), "suppress": .bool(false),
            ])
        }
        return .object([
            "id": .string(String(id)), "name": .string(name), "owner_id": snowflake(3000), "member_count": .number(Double(members)),
            "unavailable": .bool(false), "large": .bool(false),
            "channels": .array(channelList), "roles": .array(roleList), "members": .array(memberList), "voice_states": .array(voiceList),
        ])
    }

    static func interaction(id: UInt64 = 1_100_000_000_000_000_001, guildID: UInt64) -> JSONValue {
        .object([
            "id": .string(String(id)), "application_id": .string(String(GatewayHarness.applicationID)), "type": .number(2),
            "token": .string("interaction-token"), "version": .number(1), "guild_id": .string(String(guildID)),
            "channel_id": .string(String(guildID + 1001)),
            "member": .object(["user": .object(["id": .string(String(guildID + 3000)), "username": .string("user0")]),
                               "roles": .array([]), "permissions": .string("2147483647")]),
            "data": .object(["id": .string("1200000000000000001"), "name": .string("ping"), "type": .number(1)]),
        ])
    }
}

/// The last elements ``firstElement(of:timeout:where:)`` passed over, for its timeout message.
final class SkippedElements: Sendable {
    private let elements = Mutex<[String]>([])

    func add(_ element: String) {
        elements.withLock { seen in
            // Repeats (heartbeats) say little: keep one of each in a row.
            if seen.last != element { seen = Array((seen + [element]).suffix(16)) }
        }
    }

    var recent: [String] { elements.withLock { $0 } }
}

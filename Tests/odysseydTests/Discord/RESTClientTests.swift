import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Shared
import Synchronization
import Testing
@testable import odysseyd

/// A request as the stub Discord received it.
private struct ReceivedRequest: Sendable {
    var method: String
    var path: String
    /// Lowercased name → value.
    var headers: [String: String]
    var body: Data
}

/// One canned answer.
private struct StubReply: Sendable {
    var status: Int
    var headers: [(String, String)] = []
    var body: String = ""

    static func json(_ status: Int, _ body: String, headers: [(String, String)] = []) -> StubReply {
        StubReply(status: status, headers: [("Content-Type", "application/json")] + headers, body: body)
    }

    static let message = StubReply.json(200, #"{"id":"900","channel_id":"100","content":"hi"}"#,
                                        headers: [("X-RateLimit-Bucket", "msg"), ("X-RateLimit-Limit", "5"),
                                                  ("X-RateLimit-Remaining", "4"), ("X-RateLimit-Reset-After", "1.0")])
}

/// A loopback HTTP server answering like Discord: it plays its replies in order and records every request.
private final class StubDiscord: Sendable {
    private let state: Mutex<(replies: [StubReply], received: [ReceivedRequest])>

    init(_ replies: [StubReply]) {
        state = Mutex((replies, []))
    }

    var received: [ReceivedRequest] { state.withLock { $0.received } }

    func respond(to request: Request) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let received = ReceivedRequest(method: request.method.rawValue, path: request.uri.path, headers: headers,
                                       body: Data(buffer.readableBytesView))
        let reply = state.withLock { state -> StubReply in
            state.received.append(received)
            return state.replies.isEmpty ? .json(500, #"{"message":"stub has no reply left","code":0}"#) : state.replies.removeFirst()
        }
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return Response(status: .init(code: reply.status), headers: fields,
                        body: .init(byteBuffer: ByteBuffer(string: reply.body)))
    }

    /// Runs `body` with the base URL of a server playing `replies`, then stops the server.
    static func with(_ replies: [StubReply], _ body: (String, StubDiscord) async throws -> Void) async throws {
        let stub = StubDiscord(replies)
        try await LoopbackServer.with({ try await stub.respond(to: $0) }) { try await body($0, stub) }
    }
}

/// Virtual time: `sleep` returns at once, having moved `now` to the deadline, and remembers how
/// long it was asked to wait. Shared by the limiter and the client, as in the daemon.
private final class JumpingClock: RateLimitClock {
    private let state: Mutex<(now: ContinuousClock.Instant, slept: [Duration])>

    init(start: ContinuousClock.Instant) { state = Mutex((start, [])) }

    var now: ContinuousClock.Instant { state.withLock { $0.now } }
    var slept: [Duration] { state.withLock { $0.slept } }

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

private let botToken = "MTE5.secret-bot-token.xyz"

private func makeClient(_ baseURL: String, clock: JumpingClock) -> DiscordRESTClient {
    DiscordRESTClient(baseURL: baseURL, token: botToken, limiter: RateLimiter(clock: clock), httpClient: nil,
                      logger: .test, clock: clock)
}

/// Every body the stub received is one Discord's OpenAPI spec accepts.
private func expectValidAgainstSpec(_ requests: [ReceivedRequest], sourceLocation: SourceLocation = #_sourceLocation) {
    for request in requests {
        let problems = DiscordOpenAPI.shared.validate(method: request.method, path: request.path, body: request.body)
        #expect(problems.isEmpty, "\(request.method) \(request.path): \(problems)", sourceLocation: sourceLocation)
    }
}

@Suite("REST client requests")
struct RESTClientRequestTests {
    @Test("createMessage sends method, path, headers and a spec-valid body, and decodes the message")
    func createMessage() async throws {
        try await StubDiscord.with([.message]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            let message = try await client.createMessage(channel: 100, payload: MessagePayload(content: "hi"),
                                                         auditLogReason: "Season 3 réglé / ok")
            await client.shutdown()
            #expect(message.id == 900)
            #expect(message.channelID == 100)

            let request = try #require(stub.received.first)
            #expect(stub.received.count == 1)
            #expect(request.method == "POST")
            #expect(request.path == "/api/v10/channels/100/messages")
            #expect(request.headers["authorization"] == "Bot \(botToken)")
            #expect(request.headers["user-agent"] == "DiscordBot (https://github.com/odyssey, \(OdysseyVersion.current))")
            #expect(request.headers["content-type"] == "application/json")
            #expect(request.headers["x-audit-log-reason"] == "Season%203%20r%C3%A9gl%C3%A9%20%2F%20ok")
            let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
            #expect(json["content"] as? String == "hi")
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("interaction callbacks carry no bot token and go to the callback route")
    func interactionCallback() async throws {
        try await StubDiscord.with([StubReply(status: 204)]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            try await client.createInteractionResponse(id: 555, token: "interaction-token",
                                                       response: .message(MessagePayload(content: "pong")))
            await client.shutdown()
            let request = try #require(stub.received.first)
            #expect(request.method == "POST")
            #expect(request.path == "/api/v10/interactions/555/interaction-token/callback")
            #expect(request.headers["authorization"] == nil)
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("guild commands are overwritten with PUT and read back")
    func commands() async throws {
        let reply = StubReply.json(200, #"[{"id":"7","application_id":"1","guild_id":"2","name":"duel","description":"Challenge someone","version":"1"}]"#)
        try await StubDiscord.with([reply, reply]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            let definition = ApplicationCommandDefinition(name: "duel", description: "Challenge someone")
            let written = try await client.bulkOverwriteGuildCommands(applicationID: 1, guild: 2, commands: [definition])
            let read = try await client.getGuildCommands(applicationID: 1, guild: 2)
            await client.shutdown()
            #expect(written.map(\.name) == ["duel"])
            #expect(read.map(\.id) == [7])
            #expect(stub.received.map(\.method) == ["PUT", "GET"])
            #expect(stub.received.map(\.path) == ["/api/v10/applications/1/guilds/2/commands",
                                                  "/api/v10/applications/1/guilds/2/commands"])
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("an over-long content throws before any request reaches the server")
    func limitsBeforeIO() async throws {
        try await StubDiscord.with([.message]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            let payload = MessagePayload(content: String(repeating: "a", count: RequestLimits.contentLength + 1))
            await #expect(throws: RequestLimitError.self) {
                _ = try await client.createMessage(channel: 100, payload: payload)
            }
            await client.shutdown()
            #expect(stub.received.isEmpty)
        }
    }

    @Test("audit log reasons are cut to 512 characters and empty ones are left out")
    func auditLogReason() {
        let long = String(repeating: "é", count: 600)
        let encoded = DiscordRESTRequest.encodeAuditLogReason(long)
        #expect(encoded == String(repeating: "%C3%A9", count: 512))
        #expect(DiscordRESTRequest.encodeAuditLogReason("") == nil)
    }
}

@Suite("REST client retries and errors")
struct RESTClientRetryTests {
    @Test("a 429 is retried after retry_after and then succeeds")
    func rateLimited() async throws {
        let tooMany = StubReply.json(429, #"{"message":"You are being rate limited.","retry_after":2.5,"global":false}"#,
                                     headers: [("Retry-After", "3"), ("X-RateLimit-Scope", "user"),
                                               ("X-RateLimit-Bucket", "msg"), ("X-RateLimit-Limit", "5"),
                                               ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5")])
        try await StubDiscord.with([tooMany, .message]) { baseURL, stub in
            let clock = JumpingClock(start: .now)
            let client = makeClient(baseURL, clock: clock)
            let message = try await client.createMessage(channel: 100, payload: MessagePayload(content: "hi"))
            await client.shutdown()
            #expect(message.id == 900)
            #expect(stub.received.count == 2)
            #expect(stub.received.map(\.path) == Array(repeating: "/api/v10/channels/100/messages", count: 2))
            // The client waited on the clock for Discord's retry_after before the second attempt.
            #expect(clock.slept.reduce(Duration.zero, +) >= .milliseconds(2500))
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("503 then 200 on a repeatable request is retried with backoff")
    func serverErrorRetried() async throws {
        let unavailable = StubReply(status: 503, headers: [("Content-Type", "text/html")], body: "<html>upstream</html>")
        try await StubDiscord.with([unavailable, .message]) { baseURL, stub in
            let clock = JumpingClock(start: .now)
            let client = makeClient(baseURL, clock: clock)
            let message = try await client.editMessage(channel: 100, message: 900, payload: MessagePayload(content: "edited"))
            await client.shutdown()
            #expect(message.id == 900)
            #expect(stub.received.map(\.method) == ["PATCH", "PATCH"])
            #expect(clock.slept == [.milliseconds(500)])
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("a 503 on a new message is not repeated (no duplicate posts)")
    func serverErrorNotRetriedForPost() async throws {
        try await StubDiscord.with([StubReply(status: 503), .message]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            let error = await #expect(throws: DiscordAPIError.self) {
                _ = try await client.createMessage(channel: 100, payload: MessagePayload(content: "hi"))
            }
            await client.shutdown()
            #expect(error?.status == 503)
            #expect(stub.received.count == 1)
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("repeatable requests give up after three attempts")
    func serverErrorBounded() async throws {
        try await StubDiscord.with(Array(repeating: StubReply(status: 502), count: 5)) { baseURL, stub in
            let clock = JumpingClock(start: .now)
            let client = makeClient(baseURL, clock: clock)
            let error = await #expect(throws: DiscordAPIError.self) {
                _ = try await client.getGlobalCommands(applicationID: 1)
            }
            await client.shutdown()
            #expect(error?.status == 502)
            #expect(stub.received.count == 3)
            #expect(clock.slept == [.milliseconds(500), .seconds(1)])
        }
    }

    @Test("404 with Discord's error JSON becomes DiscordAPIError with code and message, without the token")
    func notFound() async throws {
        let unknown = StubReply.json(404, #"{"message":"Unknown Channel","code":10003}"#)
        try await StubDiscord.with([unknown, .message]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            let error = try #require(await #expect(throws: DiscordAPIError.self) {
                _ = try await client.editMessage(channel: 100, message: 900, payload: MessagePayload(content: "x"))
            })
            await client.shutdown()
            #expect(error.status == 404)
            #expect(error.code == 10003)
            #expect(error.message == "Unknown Channel")
            #expect(stub.received.count == 1)
            #expect(error.description.contains("PATCH /channels/{channel.id}/messages/{message.id}"))
            #expect(!error.description.contains(botToken))
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("a 400 names the first nested error path; interaction tokens stay out of the description")
    func invalidFormBody() async throws {
        let invalid = StubReply.json(400, """
            {"code":50035,"message":"Invalid Form Body","errors":{"embeds":{"0":{"title":{"_errors":[
            {"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 256 or fewer in length."}]}}}}}
            """)
        try await StubDiscord.with([invalid]) { baseURL, stub in
            let client = makeClient(baseURL, clock: JumpingClock(start: .now))
            let error = try #require(await #expect(throws: DiscordAPIError.self) {
                _ = try await client.editOriginalInteractionResponse(applicationID: 1, token: "very-secret-interaction",
                                                                     payload: MessagePayload(content: "x"))
            })
            await client.shutdown()
            #expect(error.code == 50035)
            #expect(error.fieldErrors.first?.path == "embeds[0].title")
            #expect(error.fieldErrors.first?.code == "BASE_TYPE_MAX_LENGTH")
            #expect(error.description.contains("embeds[0].title"))
            #expect(!error.description.contains("very-secret-interaction"))
            #expect(!error.description.contains(botToken))
            #expect(stub.received.first?.headers["authorization"] == nil)
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("connection failures are retried for repeatable requests only, and name no token")
    func connectionFailures() async throws {
        let clock = JumpingClock(start: .now)
        let transport = FailingTransport()
        let client = DiscordRESTClient(baseURL: "http://127.0.0.1:1/api/v10", token: botToken,
                                       limiter: RateLimiter(clock: clock), httpClient: transport, logger: .test, clock: clock)
        let getError = try #require(await #expect(throws: DiscordRESTClient.TransportError.self) {
            _ = try await client.getGlobalCommands(applicationID: 1)
        })
        #expect(transport.calls == 3)
        #expect(clock.slept == [.milliseconds(500), .seconds(1)])
        #expect(!getError.description.contains(botToken))

        await #expect(throws: DiscordRESTClient.TransportError.self) {
            _ = try await client.createMessage(channel: 100, payload: MessagePayload(content: "hi"))
        }
        #expect(transport.calls == 4)

        let patchError = try #require(await #expect(throws: DiscordRESTClient.TransportError.self) {
            _ = try await client.editOriginalInteractionResponse(applicationID: 1, token: "very-secret-interaction",
                                                                 payload: MessagePayload(content: "x"))
        })
        #expect(!patchError.description.contains("very-secret-interaction"))
        #expect(!patchError.description.contains(botToken))
    }
}

/// A transport whose connection always fails, counting the attempts.
private final class FailingTransport: DiscordHTTPTransport {
    private let count = Mutex(0)

    var calls: Int { count.withLock { $0 } }

    func send(_ request: DiscordRESTRequest, timeout: Duration) async throws -> DiscordHTTPResponse {
        count.withLock { $0 += 1 }
        // Transport errors often quote the URL (and, to be thorough, a header): the client must redact.
        throw TransportFailure(text: "cannot connect to \(request.url) with \(request.headers)")
    }

    func shutdown() async {}

    struct TransportFailure: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }
}

@Suite("REST client request description")
struct RESTClientRequestDescriptionTests {
    @Test("a request's description names no token")
    func description() throws {
        let route = DiscordRoute(.patch, "/webhooks/{application.id}/{interaction.token}/messages/@original",
                                 ["application.id": "1", "interaction.token": "very-secret-interaction"])
        let request = try DiscordRESTRequest(route: route, baseURL: "https://discord.com/api/v10", token: botToken,
                                             body: nil, auditLogReason: nil)
        #expect(request.url == "https://discord.com/api/v10/webhooks/1/very-secret-interaction/messages/@original")
        let messageRequest = try DiscordRESTRequest(route: DiscordRoute(.get, "/channels/{channel.id}", ["channel.id": "5"]),
                                                    baseURL: "https://discord.com/api/v10/", token: botToken,
                                                    body: nil, auditLogReason: nil)
        #expect(messageRequest.url == "https://discord.com/api/v10/channels/5")
        for text in [String(describing: request), String(reflecting: request), String(describing: messageRequest)] {
            #expect(!text.contains(botToken))
            #expect(!text.contains("very-secret-interaction"))
        }
    }
}

import COpenSSL
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
@testable import odysseyd

// MARK: Helpers

/// A request as the stub Discord received it.
private struct ReceivedRequest: Sendable {
    var method: String
    var path: String
    var body: Data

    var json: [String: Any] {
        ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:]
    }
}

/// A loopback server answering like Discord: 204 to interaction callbacks, a message to `@original`
/// edits. It records every request and announces each arrival, so a test can wait for the deferral.
private final class StubDiscord: Sendable {
    private let state = Mutex<[ReceivedRequest]>([])
    let arrivals: AsyncStream<ReceivedRequest>
    private let arrivalsContinuation: AsyncStream<ReceivedRequest>.Continuation

    init() {
        (arrivals, arrivalsContinuation) = AsyncStream<ReceivedRequest>.makeStream()
    }

    var received: [ReceivedRequest] { state.withLock { $0 } }

    func respond(to request: Request) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let received = ReceivedRequest(method: request.method.rawValue, path: request.uri.path, body: Data(buffer.readableBytesView))
        state.withLock { $0.append(received) }
        arrivalsContinuation.yield(received)
        if received.method == "PATCH" {
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: #"{"id":"900","channel_id":"100","content":"late"}"#)))
        }
        return Response(status: .noContent)
    }

    /// Runs `body` with the base URL of a running stub, then stops it.
    static func with(_ body: (String, StubDiscord) async throws -> Void) async throws {
        let stub = StubDiscord()
        try await LoopbackServer.with({ try await stub.respond(to: $0) }) { try await body($0, stub) }
    }
}

/// A one-shot latch a test opens to let a waiting handler or budget proceed.
private final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state -> Bool in
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}

/// Counts handler runs across tasks.
private final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}

private let applicationID: Snowflake = 11
/// The instant the test interactions are created at; their ids encode it.
private let createdAt = Date(timeIntervalSince1970: 1_700_000_000)
private let interactionID = Snowflake((UInt64(1_700_000_000_000) - Snowflake.discordEpochMilliseconds) << 22)

/// An interaction as Discord would send it, decoded from JSON so the wire shape is exercised too.
private func makeInteraction(type: Int, data: String, guild: Bool = true, permissions: String = "0",
                             message: Bool = false) throws -> Interaction {
    let who = guild
        ? #""guild_id":"500","member":{"user":{"id":"42","username":"ann"},"roles":[],"permissions":"\#(permissions)"}"#
        : #""user":{"id":"42","username":"ann"}"#
    let messageField = message ? #","message":{"id":"800","channel_id":"100","content":"old"}"# : ""
    let json = #"{"id":"\#(interactionID)","application_id":"\#(applicationID)","type":\#(type),"token":"tok","version":1,"channel_id":"100",\#(who),"data":\#(data)\#(messageField)}"#
    return try JSONDecoder().decode(Interaction.self, from: Data(json.utf8))
}

private func command(_ name: String, subcommand: String? = nil, guild: Bool = true, permissions: String = "0") throws -> Interaction {
    let options = subcommand.map { #","options":[{"name":"\#($0)","type":1,"options":[]}]"# } ?? ""
    return try makeInteraction(type: 2, data: #"{"id":"9","name":"\#(name)","type":1\#(options)}"#, guild: guild, permissions: permissions)
}

private func button(_ customID: String) throws -> Interaction {
    try makeInteraction(type: 3, data: #"{"custom_id":"\#(customID)","component_type":2}"#, message: true)
}

private func makeRest(_ baseURL: String) -> DiscordRESTClient {
    DiscordRESTClient(baseURL: baseURL, token: "bot-token", limiter: RateLimiter(), httpClient: nil, logger: .test)
}

/// A responder whose budget is either effectively never reached (real sleep, cancelled as soon as
/// the handler wins) or reached exactly when the test opens `budgetGate`.
private func makeResponder(_ router: InteractionRouter, rest: DiscordRESTClient, budgetGate: Gate? = nil,
                           now: Date = createdAt.addingTimeInterval(1)) -> InteractionResponder {
    let sleep: @Sendable (Duration) async throws -> Void
    if let budgetGate {
        sleep = { _ in await budgetGate.wait() }
    } else {
        sleep = { try await Task.sleep(for: $0) }
    }
    return InteractionResponder(router: router, rest: rest, applicationID: applicationID, budget: .seconds(60),
                                sleep: sleep, now: { now }, logger: .test)
}

private func expectValidAgainstSpec(_ requests: [ReceivedRequest], sourceLocation: SourceLocation = #_sourceLocation) {
    for request in requests {
        let problems = DiscordOpenAPI.shared.validate(method: request.method, path: request.path, body: request.body)
        #expect(problems.isEmpty, "\(request.method) \(request.path): \(problems)", sourceLocation: sourceLocation)
    }
}

private let callbackPath = "/api/v10/interactions/\(interactionID)/tok/callback"
private let originalPath = "/api/v10/webhooks/\(applicationID)/tok/messages/@original"

/// Runs `interaction` through the gateway path against a stub and returns what Discord received.
private func gateway(_ router: InteractionRouter, _ interaction: Interaction) async throws -> [ReceivedRequest] {
    var received: [ReceivedRequest] = []
    try await StubDiscord.with { baseURL, stub in
        let rest = makeRest(baseURL)
        await makeResponder(router, rest: rest).respond(to: interaction)
        await rest.shutdown()
        received = stub.received
        expectValidAgainstSpec(received)
    }
    return received
}

private func data(_ request: ReceivedRequest) -> [String: Any] {
    request.json["data"] as? [String: Any] ?? [:]
}

// MARK: Gateway path

@Suite("Interaction router: responding")
struct InteractionRouterRespondingTests {
    @Test("a fast handler's reply is the one callback, type 4")
    func fastHandler() async throws {
        var router = InteractionRouter()
        router.command(["sign-up", "join"], options: .init(feature: "sign-up")) { context in
            #expect(context.command?.commandPath == ["sign-up", "join"])
            return .message(MessagePayload(content: "Joined"))
        }
        let received = try await gateway(router, try command("sign-up", subcommand: "join"))
        #expect(received.map(\.path) == [callbackPath])
        let first = try #require(received.first)
        #expect(first.json["type"] as? Int == 4)
        #expect(data(first)["content"] as? String == "Joined")
        #expect(data(first)["flags"] == nil)
    }

    @Test("a slow handler is deferred (type 5, ephemeral as declared) at the budget, then edits @original")
    func slowHandler() async throws {
        let budgetGate = Gate(), handlerGate = Gate()
        var router = InteractionRouter()
        router.command(["report"], options: .init(feature: "report", ephemeral: true)) { _ in
            await handlerGate.wait()
            return .message(MessagePayload(content: "Report filed"))
        }
        let interaction = try command("report")
        try await StubDiscord.with { baseURL, stub in
            let rest = makeRest(baseURL)
            let responder = makeResponder(router, rest: rest, budgetGate: budgetGate)
            async let done: Void = responder.respond(to: interaction)
            var arrivals = stub.arrivals.makeAsyncIterator()
            budgetGate.open()
            let deferral = try #require(await arrivals.next())
            #expect(deferral.path == callbackPath)
            #expect(deferral.json["type"] as? Int == 5)
            #expect(data(deferral)["flags"] as? Int == MessageFlags.ephemeral.rawValue)
            handlerGate.open()
            await done
            await rest.shutdown()

            #expect(stub.received.map(\.method) == ["POST", "PATCH"])
            let edit = try #require(stub.received.last)
            #expect(edit.path == originalPath)
            #expect(edit.json["content"] as? String == "Report filed")
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("a late reply after the 15-minute token expired is dropped, not sent")
    func expiredToken() async throws {
        let budgetGate = Gate(), handlerGate = Gate()
        var router = InteractionRouter()
        router.command(["export"], options: .init(feature: "export")) { _ in
            await handlerGate.wait()
            return .message(MessagePayload(content: "Too late"))
        }
        let interaction = try command("export")
        try await StubDiscord.with { baseURL, stub in
            let rest = makeRest(baseURL)
            let responder = makeResponder(router, rest: rest, budgetGate: budgetGate,
                                          now: createdAt.addingTimeInterval(15 * 60 + 1))
            async let done: Void = responder.respond(to: interaction)
            var arrivals = stub.arrivals.makeAsyncIterator()
            budgetGate.open()
            let deferral = try #require(await arrivals.next())
            #expect(deferral.json["type"] as? Int == 5)
            #expect(data(deferral)["flags"] == nil)
            handlerGate.open()
            await done
            await rest.shutdown()
            #expect(stub.received.map(\.method) == ["POST"])
        }
    }

    @Test("a component's update is type 7; a slow component is deferred with type 6 and edits @original")
    func component() async throws {
        var router = InteractionRouter()
        router.component(prefix: "duel-accept", options: .init(feature: "duel")) { context in
            let duel: Int64? = try context.customID?.field(0, as: Int64.self)
            #expect(duel == 42)
            return .update(MessagePayload(content: "Accepted"))
        }
        let fast = try await gateway(router, try button("duel-accept:42"))
        #expect(fast.first?.json["type"] as? Int == 7)
        #expect(fast.first.map(data)?["content"] as? String == "Accepted")

        let budgetGate = Gate(), handlerGate = Gate()
        var slowRouter = InteractionRouter()
        slowRouter.component(prefix: "duel-accept", options: .init(feature: "duel")) { _ in
            await handlerGate.wait()
            return .update(MessagePayload(content: "Accepted late"))
        }
        let interaction = try button("duel-accept:42")
        try await StubDiscord.with { baseURL, stub in
            let rest = makeRest(baseURL)
            let responder = makeResponder(slowRouter, rest: rest, budgetGate: budgetGate)
            async let done: Void = responder.respond(to: interaction)
            var arrivals = stub.arrivals.makeAsyncIterator()
            budgetGate.open()
            let deferral = try #require(await arrivals.next())
            #expect(deferral.json["type"] as? Int == 6)
            handlerGate.open()
            await done
            await rest.shutdown()
            #expect(stub.received.last?.path == originalPath)
            #expect(stub.received.last?.json["content"] as? String == "Accepted late")
            expectValidAgainstSpec(stub.received)
        }
    }

    @Test("autocomplete answers with type 8 and the handler's choices")
    func autocomplete() async throws {
        var router = InteractionRouter()
        router.autocomplete(["roll"], options: .init(feature: "dice")) { context in
            #expect(context.command?.focusedOption?.name == "dice")
            return .autocomplete([CommandChoice(name: "d20", value: .string("d20"))])
        }
        let interaction = try makeInteraction(
            type: 4, data: #"{"id":"9","name":"roll","type":1,"options":[{"name":"dice","type":3,"value":"d2","focused":true}]}"#)
        let received = try await gateway(router, interaction)
        let first = try #require(received.first)
        #expect(first.json["type"] as? Int == 8)
        let choices = data(first)["choices"] as? [[String: Any]]
        #expect(choices?.first?["name"] as? String == "d20")
    }

    @Test("every handler runs with the interaction's log fields")
    func logFields() async throws {
        let seen = Mutex<Logger.Metadata>([:])
        var router = InteractionRouter()
        router.command(["sign-up", "join"], options: .init(feature: "sign-up")) { _ in
            let metadata = LogContext.metadata
            seen.withLock { $0 = metadata }
            return .ephemeral("ok")
        }
        _ = try await gateway(router, try command("sign-up", subcommand: "join"))
        let metadata = seen.withLock { $0 }
        #expect(metadata["interaction_id"] == "\(interactionID)")
        #expect(metadata["guild_id"] == "500")
        #expect(metadata["user_id"] == "42")
        #expect(metadata["feature"] == "sign-up")
        #expect(metadata["action"] == "sign-up join")
    }
}

@Suite("Interaction router: refusals and failures")
struct InteractionRouterRefusalTests {
    private func ephemeralText(_ received: [ReceivedRequest]) throws -> String? {
        let first = try #require(received.first)
        #expect(received.count == 1)
        #expect(first.json["type"] as? Int == 4)
        #expect(data(first)["flags"] as? Int == MessageFlags.ephemeral.rawValue)
        return data(first)["content"] as? String
    }

    @Test("a guild-only command used in a DM is refused without running the handler")
    func guildOnly() async throws {
        let runs = Counter()
        var router = InteractionRouter()
        router.command(["season"], options: .init(feature: "season", guildOnly: true)) { _ in
            runs.increment()
            return .ephemeral("ran")
        }
        let text = try ephemeralText(try await gateway(router, try command("season", guild: false)))
        // A DM without a Discord locale answers in the default language (ru).
        #expect(text == Localizer.text(MessageKeys.Interaction.guildOnly, in: .ru))
        #expect(runs.count == 0)
    }

    @Test("a missing permission is refused, naming it")
    func missingPermission() async throws {
        let runs = Counter()
        var router = InteractionRouter()
        router.command(["roles", "give"], options: .init(feature: "roles", requiredPermissions: .manageRoles)) { _ in
            runs.increment()
            return .ephemeral("given")
        }
        let sendOnly = "\(DiscordPermissions.sendMessages.rawValue)"
        let text = try ephemeralText(try await gateway(router, try command("roles", subcommand: "give", permissions: sendOnly)))
        #expect(text == Localizer.text(MessageKeys.Interaction.missingPermission, ["permissions": "Управлять ролями"], in: .ru))
        #expect(runs.count == 0)

        let granted = "\(DiscordPermissions.manageRoles.union(.sendMessages).rawValue)"
        _ = try await gateway(router, try command("roles", subcommand: "give", permissions: granted))
        #expect(runs.count == 1)
    }

    @Test("an unknown command or custom_id gets an ephemeral 'no longer available'")
    func unknown() async throws {
        let router = InteractionRouter()
        let unavailable = Localizer.text(MessageKeys.Interaction.unavailable, in: .ru)
        #expect(try ephemeralText(try await gateway(router, try command("gone"))) == unavailable)
        #expect(try ephemeralText(try await gateway(router, try button("old-button:1"))) == unavailable)
    }

    @Test("a throwing handler gives a generic ephemeral error that leaks nothing")
    func throwingHandler() async throws {
        struct Secret: Error, CustomStringConvertible { var description: String { "database password is hunter2" } }
        var router = InteractionRouter()
        router.command(["boom"], options: .init(feature: "test")) { _ in throw Secret() }
        let text = try ephemeralText(try await gateway(router, try command("boom")))
        #expect(text == Localizer.text(MessageKeys.Interaction.genericError, in: .ru))
        #expect(text?.contains("hunter2") == false)
    }
}

// MARK: Custom ids

@Suite("Interaction router: custom ids")
struct InteractionRouterCustomIDTests {
    @Test("a custom id round-trips and its fields convert")
    func roundTrip() throws {
        let text = try CustomID("duel-accept", ["42", "ann"]).encoded()
        #expect(text == "duel-accept:42:ann")
        let parsed = try CustomID(parsing: text)
        #expect(parsed.prefix == "duel-accept")
        #expect(try parsed.field(0, as: Int64.self) == 42)
        #expect(try parsed.field(1) == "ann")
        #expect(CustomID.matches(text, prefix: "duel-accept"))
        #expect(!CustomID.matches("duel-acceptx:1", prefix: "duel-accept"))
    }

    @Test("over 100 characters is refused, 100 is fine")
    func tooLong() throws {
        let exact = try CustomID("p", [String(repeating: "x", count: 98)])
        #expect(try exact.encoded().count == 100)
        #expect(throws: CustomIDError(.tooLong(101))) {
            try CustomID("p", [String(repeating: "x", count: 99)]).encoded()
        }
        #expect(throws: CustomIDError(.tooLong(101))) { try CustomID(parsing: String(repeating: "y", count: 101)) }
    }

    @Test("garbage gives typed errors")
    func garbage() throws {
        #expect(throws: CustomIDError(.emptyPrefix)) { try CustomID(parsing: ":42") }
        #expect(throws: CustomIDError(.emptyPrefix)) { try CustomID(parsing: "") }
        #expect(throws: CustomIDError(.separatorInPart("a:b"))) { try CustomID("p", ["a:b"]) }
        let parsed = try CustomID(parsing: "duel:abc")
        #expect(throws: CustomIDError(.badField(index: 0, value: "abc", expected: "Int64"))) { try parsed.field(0, as: Int64.self) }
        #expect(throws: CustomIDError(.missingField(index: 3, prefix: "duel"))) { try parsed.field(3) }
    }
}

// MARK: HTTP endpoint

private let signatureName = try! #require(HTTPField.Name(InteractionSignatureVerifier.signatureHeader))
private let timestampName = try! #require(HTTPField.Name(InteractionSignatureVerifier.timestampHeader))

@Suite("Interaction router: HTTP endpoint")
struct InteractionRouterHTTPTests {
    private let timestamp = "1700000001"

    /// An app with `POST /interactions` over `router`, signed by `key`; the REST client is never reached.
    private func withApp(_ router: InteractionRouter, key: TestSigningKey,
                         _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let rest = makeRest("http://127.0.0.1:9/api/v10")
        let verifier = InteractionSignatureVerifier(publicKey: try Ed25519PublicKey(rawRepresentation: key.publicKey))
        let httpRouter = Router()
        InteractionHTTPRoute.register(on: httpRouter, verifier: verifier, responder: makeResponder(router, rest: rest),
                                      now: { createdAt.addingTimeInterval(1) }, logger: .test)
        try await Application(router: httpRouter).test(.router, body)
        await rest.shutdown()
    }

    private func headers(_ key: TestSigningKey, body: String, timestamp: String) throws -> HTTPFields {
        let signature = try key.sign(Array(timestamp.utf8) + Array(body.utf8)).map { String(format: "%02x", $0) }.joined()
        return [signatureName: signature, timestampName: timestamp, .contentType: "application/json"]
    }

    @Test("a signed PING is answered with {\"type\":1}")
    func ping() async throws {
        let key = try TestSigningKey.generate()
        let body = #"{"id":"1","application_id":"11","type":1,"token":"t","version":1}"#
        let headers = try headers(key, body: body, timestamp: timestamp)
        try await withApp(InteractionRouter(), key: key) { client in
            try await client.execute(uri: "/interactions", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"type":1}"#)
            }
        }
    }

    @Test("a bad signature is a 401 and the handler does not run")
    func badSignature() async throws {
        let key = try TestSigningKey.generate(), other = try TestSigningKey.generate()
        let runs = Counter()
        var router = InteractionRouter()
        router.command(["boom"], options: .init(feature: "test")) { _ in
            runs.increment()
            return .ephemeral("ran")
        }
        let body = #"{"id":"\#(interactionID)","application_id":"11","type":2,"token":"t","data":{"id":"9","name":"boom","type":1}}"#
        let forged = try headers(other, body: body, timestamp: timestamp)
        try await withApp(router, key: key) { client in
            try await client.execute(uri: "/interactions", method: .post, headers: forged, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/interactions", method: .post, headers: [:], body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unauthorized)
            }
        }
        #expect(runs.count == 0)
    }

    @Test("malformed JSON with a valid signature is a 400 saying so")
    func malformed() async throws {
        let key = try TestSigningKey.generate()
        for body in ["{not json", #"{"type":2,"id":"1"}"#] {
            let headers = try headers(key, body: body, timestamp: timestamp)
            try await withApp(InteractionRouter(), key: key) { client in
                try await client.execute(uri: "/interactions", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest)
                    #expect(String(buffer: response.body).hasPrefix("malformed interaction"))
                }
            }
        }
    }

    @Test("a slow command is deferred in the HTTP response, then its reply edits @original over REST")
    func slowCommand() async throws {
        let key = try TestSigningKey.generate()
        let budgetGate = Gate(), handlerGate = Gate()
        var router = InteractionRouter()
        router.command(["dice"], options: .init(feature: "dice", ephemeral: true)) { _ in
            await handlerGate.wait()
            return .message(MessagePayload(content: "rolled 4"))
        }
        let body = #"{"id":"\#(interactionID)","application_id":"11","type":2,"token":"tok","guild_id":"500","member":{"user":{"id":"42","username":"ann"},"roles":[],"permissions":"0"},"data":{"id":"9","name":"dice","type":1}}"#
        let headers = try headers(key, body: body, timestamp: timestamp)
        try await StubDiscord.with { baseURL, stub in
            let rest = makeRest(baseURL)
            let verifier = InteractionSignatureVerifier(publicKey: try Ed25519PublicKey(rawRepresentation: key.publicKey))
            let httpRouter = Router()
            InteractionHTTPRoute.register(on: httpRouter, verifier: verifier,
                                          responder: makeResponder(router, rest: rest, budgetGate: budgetGate),
                                          now: { createdAt.addingTimeInterval(1) }, logger: .test)
            try await Application(router: httpRouter).test(.router) { client in
                budgetGate.open()
                try await client.execute(uri: "/interactions", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok)
                    let json = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                    #expect(json["type"] as? Int == 5)
                    #expect((json["data"] as? [String: Any])?["flags"] as? Int == MessageFlags.ephemeral.rawValue)
                }
            }
            #expect(stub.received.isEmpty)
            var arrivals = stub.arrivals.makeAsyncIterator()
            handlerGate.open()
            let edit = try #require(await arrivals.next())
            #expect(edit.method == "PATCH")
            #expect(edit.path == originalPath)
            #expect(edit.json["content"] as? String == "rolled 4")
            expectValidAgainstSpec(stub.received)
            await rest.shutdown()
        }
    }

    @Test("a command is answered in the HTTP response")
    func command() async throws {
        let key = try TestSigningKey.generate()
        var router = InteractionRouter()
        router.command(["dice"], options: .init(feature: "dice")) { _ in .message(MessagePayload(content: "4")) }
        let body = #"{"id":"\#(interactionID)","application_id":"11","type":2,"token":"t","guild_id":"500","member":{"user":{"id":"42","username":"ann"},"roles":[],"permissions":"0"},"data":{"id":"9","name":"dice","type":1}}"#
        let headers = try headers(key, body: body, timestamp: timestamp)
        try await withApp(router, key: key) { client in
            try await client.execute(uri: "/interactions", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                #expect(json["type"] as? Int == 4)
                #expect((json["data"] as? [String: Any])?["content"] as? String == "4")
            }
        }
    }
}

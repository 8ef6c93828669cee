import Foundation
import Shared
import Testing
@testable import odysseyd

// Example payloads are copied from discord-docs/events/gateway.mdx and gateway-events.mdx unless
// a comment says otherwise.

private func json(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
}

private func json(_ text: String) throws -> JSONValue {
    try json(Data(text.utf8))
}

private func payload(_ text: String) throws -> GatewayPayload {
    try GatewayPayload(json: Data(text.utf8))
}

@Suite("Gateway payload decoding")
struct GatewayPayloadDecodingTests {
    @Test func helloFromTheDocs() throws {
        let hello = try payload(#"{"op": 10, "d": {"heartbeat_interval": 45000}}"#)
        #expect(hello.opcode == .hello)
        #expect(hello.sequence == nil)
        #expect(hello.eventName == nil)
        #expect(try hello.decodeData(GatewayHello.self).heartbeatInterval == .milliseconds(45000))
    }

    @Test func helloWithAZeroIntervalIsRefused() throws {
        #expect(throws: GatewayDecodingError.self) {
            try payload(#"{"op": 10, "d": {"heartbeat_interval": 0}}"#).decodeData(GatewayHello.self)
        }
    }

    @Test func dispatchKeepsSequenceNameAndRawData() throws {
        let event = try payload(#"{"op": 0, "d": {}, "s": 42, "t": "GATEWAY_EVENT_NAME"}"#)
        #expect(event.opcode == .dispatch)
        #expect(event.sequence == 42)
        #expect(event.eventName == "GATEWAY_EVENT_NAME")
        #expect(event.data == Data("{}".utf8))
    }

    @Test func readyDecodesWhatResumingNeeds() throws {
        // Built from the "Ready Event Fields" table with the docs' example user and unavailable
        // guild; the docs have no full READY example. Extra fields must be ignored.
        let text = """
        {"t": "READY", "s": 1, "op": 0, "extra_top_level": [1, {"x": "}"}],
         "d": {"v": 10, "user_settings": {}, "user": {"id": "80351110224678912", "username": "Nelly",
               "global_name": null, "discriminator": "1337", "bot": true, "flags": 64},
               "guilds": [{"id": "41771983423143937", "unavailable": true}],
               "session_id": "evenmorerandomstring", "session_type": "normal",
               "resume_gateway_url": "wss://gateway-us-east1-b.discord.gg",
               "shard": [1, 3], "application": {"id": "290926798626357260", "flags": 8192},
               "_trace": ["[\\"gateway-prd\\",{\\"micros\\":1}]"]}}
        """
        let event = try payload(text)
        #expect(event.opcode == .dispatch)
        #expect(event.eventName == "READY")
        #expect(event.sequence == 1)
        let ready = try event.decodeData(GatewayReady.self)
        #expect(ready.apiVersion == 10)
        #expect(ready.userID == 80351110224678912)
        #expect(ready.username == "Nelly")
        #expect(ready.applicationID == 290926798626357260)
        #expect(ready.sessionID == "evenmorerandomstring")
        #expect(ready.resumeGatewayURL == "wss://gateway-us-east1-b.discord.gg")
        #expect(ready.shard == GatewayShard(id: 1, count: 3))
        #expect(ready.guilds == [GatewayReady.UnavailableGuild(id: 41771983423143937, unavailable: true)])

        let session = GatewaySession(ready: ready, sequence: event.sequence)
        #expect(session.sequence == 1)
        #expect(session.shard == GatewayShard(id: 1, count: 3))
        #expect(session.resumeCommand(token: "t") == .resume(token: "t", sessionID: "evenmorerandomstring", sequence: 1))
    }

    @Test(arguments: [(#"{"op": 9, "d": false}"#, false), (#"{"op": 9, "d": true}"#, true)])
    func invalidSession(text: String, resumable: Bool) throws {
        let event = try payload(text)
        #expect(event.opcode == .invalidSession)
        #expect(event.invalidSessionIsResumable == resumable)
    }

    @Test func reconnectAndHeartbeatACKHaveNoData() throws {
        let reconnect = try payload(#"{"op": 7, "d": null}"#)
        #expect(reconnect.opcode == .reconnect)
        #expect(reconnect.data == nil)
        #expect(try reconnect.dataValue() == .null)
        let ack = try payload(#"{"op": 11}"#)
        #expect(ack.opcode == .heartbeatACK)
        #expect(ack.data == nil)
    }

    @Test func heartbeatRequestFromDiscord() throws {
        let request = try payload(#"{"op": 1, "d": null, "s": null, "t": null}"#)
        #expect(request.opcode == .heartbeat)
        #expect(request.sequence == nil)
        #expect(request.eventName == nil)
    }

    @Test func unknownOpcodeIsPreserved() throws {
        let event = try payload(#"{"op": 99, "d": {"a": 1}}"#)
        #expect(event.opcode.rawValue == 99)
        #expect(!event.opcode.isDocumented)
        #expect(GatewayOpcode.requestChannelInfo.isDocumented)
        #expect(event.opcode.description == "unknown opcode 99")
    }

    @Test func dataBytesStayExact() throws {
        // Strings with brackets and escaped quotes must not end `d` early; a 64-bit number must
        // not pass through a Double.
        let inner = #"{"content": "} ] \" {", "big": 18446744073709551615, "list": [1, [2, {"k": "]"}]]}"#
        let event = try payload(#"{"t": "MESSAGE_CREATE", "d": \#(inner), "s": 7, "op": 0}"#)
        #expect(event.data == Data(inner.utf8))
        #expect(event.sequence == 7)
        #expect(event.eventName == "MESSAGE_CREATE")
    }

    @Test func escapedKeysAndNamesAreDecoded() throws {
        let event = try payload(#"{"\u006fp": 0, "t": "A\u005FB", "s": 3}"#)
        #expect(event.opcode == .dispatch)
        #expect(event.eventName == "A_B")
    }

    @Test(arguments: [
        #"[1, 2]"#, #"{"d": {}}"#, #"{"op": "ten"}"#, #"{"op": 1.5}"#, #"{"op": 0, "d": {"a": 1}"#,
        #"{"op": 0, "d": "unterminated}"#, #"{"op": 0} trailing"#, #"{"op": 0, "s": "1"}"#, "",
    ])
    func malformedPayloadsAreRejected(text: String) {
        #expect(throws: GatewayDecodingError.self) { try payload(text) }
    }
}

@Suite("Gateway command encoding")
struct GatewayCommandEncodingTests {
    @Test func minimalIdentifyMatchesTheDocs() throws {
        let identify = GatewayIdentify(token: "my_token", intents: [.guilds, .guildMessages],
                                       properties: .init(os: "linux", browser: "my_library", device: "my_library"))
        let expected = """
        {"op": 2, "d": {"token": "my_token", "intents": 513,
         "properties": {"os": "linux", "browser": "my_library", "device": "my_library"}}}
        """
        #expect(try json(GatewayCommand.identify(identify).encoded()) == json(expected))
    }

    @Test func fullIdentifyMatchesTheDocs() throws {
        let presence = GatewayPresence(status: .dnd, activities: [.init(name: "Cards Against Humanity", type: 0)],
                                       since: 91879201, afk: false)
        let identify = GatewayIdentify(token: "my_token", intents: [.guilds, .guildModeration],
                                       properties: .init(os: "linux", browser: "disco", device: "disco"),
                                       shard: GatewayShard(id: 0, count: 1), compress: true, largeThreshold: 250,
                                       presence: presence)
        let expected = """
        {"op": 2, "d": {"token": "my_token", "properties": {"os": "linux", "browser": "disco", "device": "disco"},
         "compress": true, "large_threshold": 250, "shard": [0, 1],
         "presence": {"activities": [{"name": "Cards Against Humanity", "type": 0}],
                      "status": "dnd", "since": 91879201, "afk": false},
         "intents": 5}}
        """
        #expect(try json(GatewayCommand.identify(identify).encoded()) == json(expected))
    }

    @Test func resumeMatchesTheDocs() throws {
        let command = GatewayCommand.resume(token: "randomstring", sessionID: "evenmorerandomstring", sequence: 1337)
        let expected = #"{"op": 6, "d": {"token": "randomstring", "session_id": "evenmorerandomstring", "seq": 1337}}"#
        #expect(try json(command.encoded()) == json(expected))
    }

    @Test func heartbeatCarriesTheLastSequenceOrNull() throws {
        #expect(try json(GatewayCommand.heartbeat(sequence: 251).encoded()) == json(#"{"op": 1, "d": 251}"#))
        let beforeFirstDispatch = try GatewayCommand.heartbeat(sequence: nil).encoded()
        #expect(try json(beforeFirstDispatch) == json(#"{"op": 1, "d": null}"#))
        #expect(String(decoding: beforeFirstDispatch, as: UTF8.self).contains(#""d":null"#))
    }

    @Test func presenceUpdateMatchesTheDocsAndSendsSinceAsNull() throws {
        let presence = GatewayPresence(status: .online, activities: [.init(name: "Save the Oxford Comma", type: 0)],
                                       since: 91879201)
        let expected = #"{"op": 3, "d": {"since": 91879201, "activities": [{"name": "Save the Oxford Comma", "type": 0}], "status": "online", "afk": false}}"#
        #expect(try json(GatewayCommand.presenceUpdate(presence).encoded()) == json(expected))
        let notIdle = try json(GatewayCommand.presenceUpdate(GatewayPresence(status: .idle)).encoded())
        #expect(notIdle["d"]?["since"] == .null)
    }

    @Test func requestGuildMembersMatchesTheDocs() throws {
        let everyone = GatewayRequestGuildMembers(guildID: 41771983444115456, selection: .query(prefix: "", limit: 0))
        #expect(try json(GatewayCommand.requestGuildMembers(everyone).encoded())
                == json(#"{"op": 8, "d": {"guild_id": "41771983444115456", "query": "", "limit": 0}}"#))
        let some = GatewayRequestGuildMembers(guildID: 1, selection: .userIDs([80351110224678912]), presences: false, nonce: "n1")
        #expect(try json(GatewayCommand.requestGuildMembers(some).encoded())
                == json(#"{"op": 8, "d": {"guild_id": "1", "user_ids": ["80351110224678912"], "presences": false, "nonce": "n1"}}"#))
    }

    @Test func invalidFieldsAndOversizedPayloadsAreRefused() {
        #expect(throws: GatewayEncodingError.self) {
            try GatewayCommand.identify(GatewayIdentify(token: "t", intents: .guilds, largeThreshold: 251)).encoded()
        }
        #expect(throws: GatewayEncodingError.self) {
            try GatewayCommand.requestGuildMembers(.init(guildID: 1, selection: .query(prefix: "a", limit: 1),
                                                         nonce: String(repeating: "n", count: 33))).encoded()
        }
        #expect(throws: GatewayEncodingError.self) {
            try GatewayCommand.requestGuildMembers(.init(guildID: 1, selection: .userIDs(Array(1...101)))).encoded()
        }
        let long = GatewayPresence(status: .online, activities: [.init(name: String(repeating: "x", count: 4100), type: 0)])
        #expect(throws: GatewayEncodingError.self) { try GatewayCommand.presenceUpdate(long).encoded() }
    }

    @Test func descriptionsNeverShowTheToken() {
        let identify = GatewayIdentify(token: "secret-token", intents: .guilds)
        #expect(!GatewayCommand.identify(identify).description.contains("secret-token"))
        #expect(!"\(identify)".contains("secret-token"))
        #expect(!GatewayCommand.resume(token: "secret-token", sessionID: "s", sequence: 1).description.contains("secret-token"))
    }

    @Test func sendKinds() {
        #expect(GatewayCommand.heartbeat(sequence: nil).sendKind == .heartbeat)
        #expect(GatewayCommand.resume(token: "t", sessionID: "s", sequence: 1).sendKind == .handshake)
        #expect(GatewayCommand.presenceUpdate(GatewayPresence(status: .online)).sendKind == .ordinary)
    }
}

@Suite("Gateway close codes")
struct GatewayCloseCodeTests {
    @Test(arguments: [UInt16(4004), 4010, 4011, 4012, 4013, 4014])
    func fatalCodesStopWithAnExplanation(raw: UInt16) throws {
        let code = GatewayCloseCode(rawValue: raw)
        #expect(code.disposition == .stop)
        let explanation = try #require(code.stopExplanation(intents: .guilds))
        #expect(explanation.contains(String(raw)))
        let plan = ReconnectPolicy.standard.plan(after: .closed(code), session: Self.session, attempt: 1, jitter: 0.5)
        #expect(plan.action == .stop(GatewayStopped(code: code, intents: [])))
        #expect(plan.closeWith == nil)
    }

    @Test func disallowedIntentsNamesThePrivilegedOnes() throws {
        let stopped = GatewayStopped(code: .disallowedIntents, intents: [.guilds, .guildMembers, .messageContent])
        #expect(stopped.description.contains("enable the privileged intents GUILD_MEMBERS, MESSAGE_CONTENT"))
        #expect(stopped.description.contains("Developer Portal"))
        #expect(!stopped.description.contains("GUILDS,"))
    }

    @Test(arguments: [UInt16(4000), 4001, 4002, 4005, 4008, 1000, 1001, 1006, 4006, 4999])
    func otherCodesReconnectAndResume(raw: UInt16) {
        let code = GatewayCloseCode(rawValue: raw)
        #expect(code.disposition == .resume)
        #expect(code.stopExplanation() == nil)
        let plan = ReconnectPolicy.standard.plan(after: .closed(code), session: Self.session, attempt: 1, jitter: 0)
        #expect(plan.action == .resume(Self.session))
        #expect(plan.delay == .milliseconds(500))
    }

    @Test(arguments: [UInt16(4003), 4007, 4009])
    func sessionEndingCodesReconnectAndIdentify(raw: UInt16) {
        let code = GatewayCloseCode(rawValue: raw)
        #expect(code.disposition == .identify)
        let plan = ReconnectPolicy.standard.plan(after: .closed(code), session: Self.session, attempt: 1, jitter: 1)
        #expect(plan.action == .identify)
        #expect(plan.delay == .seconds(1))
    }

    @Test func onlyCloses1000And1001EndTheSession() {
        #expect(!GatewayCloseCode.normal.keepsSessionWhenSentByUs)
        #expect(!GatewayCloseCode.goingAway.keepsSessionWhenSentByUs)
        #expect(GatewayCloseCode.resumable.keepsSessionWhenSentByUs)
        #expect(!GatewayCloseCode.fatal.contains(.resumable))
        #expect(GatewayCloseCode.resumable.disposition == .resume)
    }

    static let session = GatewaySession(sessionID: "abc", resumeGatewayURL: "wss://resume.example", sequence: 9)
}

@Suite("Gateway heartbeat")
struct GatewayHeartbeatTests {
    let start = ContinuousClock.now

    @Test func firstBeatIsJitteredThenEveryInterval() {
        var heartbeat = HeartbeatScheduler(interval: .seconds(40), start: start, jitter: 0.25)
        #expect(heartbeat.tick(now: start) == .wait(until: start + .seconds(10)))
        #expect(heartbeat.tick(now: start + .seconds(9)) == .wait(until: start + .seconds(10)))
        #expect(heartbeat.tick(now: start + .seconds(10)) == .send)
        #expect(heartbeat.tick(now: start + .seconds(10)) == .wait(until: start + .seconds(50)))
        heartbeat.acknowledged(at: start + .milliseconds(10_120))
        #expect(heartbeat.latency == .milliseconds(120))
        #expect(heartbeat.tick(now: start + .seconds(50)) == .send)
        #expect(heartbeat.nextBeatAt == start + .seconds(90))
    }

    @Test func jitterZeroBeatsAtOnceAndOutOfRangeJitterIsClamped() {
        var immediate = HeartbeatScheduler(interval: .seconds(40), start: start, jitter: 0)
        #expect(immediate.tick(now: start) == .send)
        let clamped = HeartbeatScheduler(interval: .seconds(40), start: start, jitter: 7)
        #expect(clamped.nextBeatAt == start + .seconds(40))
    }

    @Test func missingACKMakesAZombie() {
        var heartbeat = HeartbeatScheduler(interval: .seconds(40), start: start, jitter: 0.5)
        #expect(heartbeat.tick(now: start + .seconds(20)) == .send)
        #expect(heartbeat.tick(now: start + .seconds(59)) == .wait(until: start + .seconds(60)))
        #expect(heartbeat.tick(now: start + .seconds(60)) == .zombie)
        #expect(heartbeat.isZombie)
        // A late ACK does not revive it: the caller is already closing the connection.
        heartbeat.acknowledged(at: start + .seconds(61))
        #expect(heartbeat.tick(now: start + .seconds(200)) == .zombie)
        #expect(heartbeat.heartbeatRequested(now: start + .seconds(201)) == .zombie)
        let plan = ReconnectPolicy.standard.plan(after: .zombie, session: GatewayCloseCodeTests.session, attempt: 1, jitter: 0.9)
        #expect(plan.action == .resume(GatewayCloseCodeTests.session))
        #expect(plan.closeWith == .resumable)
        #expect(plan.delay == .zero)
    }

    @Test func serverRequestBeatsAtOnceAndRestartsTheInterval() {
        var heartbeat = HeartbeatScheduler(interval: .seconds(40), start: start, jitter: 0.5)
        #expect(heartbeat.heartbeatRequested(now: start + .seconds(5)) == .send)
        #expect(heartbeat.awaitingACK)
        #expect(heartbeat.nextBeatAt == start + .seconds(45))
        #expect(heartbeat.acknowledged(at: start + .seconds(6)) == .seconds(1))
        #expect(heartbeat.tick(now: start + .seconds(45)) == .send)
    }

    @Test func anACKWithoutABeatIsIgnored() {
        var heartbeat = HeartbeatScheduler(interval: .seconds(40), start: start, jitter: 0)
        #expect(heartbeat.acknowledged(at: start) == nil)
        #expect(heartbeat.latency == nil)
        #expect(heartbeat.tick(now: start) == .send)
        #expect(heartbeat.acknowledged(at: start + .milliseconds(80)) == .milliseconds(80))
        #expect(heartbeat.acknowledged(at: start + .milliseconds(90)) == nil)
        #expect(heartbeat.latency == .milliseconds(80))
    }
}

@Suite("Gateway reconnect plan")
struct GatewayReconnectPlanTests {
    let session = GatewaySession(sessionID: "abc", resumeGatewayURL: "wss://resume.example", sequence: 9)
    let policy = ReconnectPolicy.standard

    @Test func reconnectOpcodeResumesImmediately() {
        let plan = policy.plan(after: .reconnectRequested, session: session, attempt: 1, jitter: 0.7)
        #expect(plan == ReconnectPlan(action: .resume(session), delay: .zero, closeWith: .resumable))
    }

    @Test func withoutASessionOrSequenceResumeBecomesIdentify() {
        #expect(policy.plan(after: .reconnectRequested, session: nil, attempt: 1, jitter: 0).action == .identify)
        var noSequence = session
        noSequence.sequence = nil
        #expect(policy.plan(after: .networkError("reset"), session: noSequence, attempt: 1, jitter: 0).action == .identify)
    }

    @Test(arguments: [(0.0, Duration.seconds(1)), (0.5, .seconds(3)), (0.75, .seconds(4))])
    func invalidSessionFalseIdentifiesAfterOneToFiveSeconds(jitter: Double, delay: Duration) {
        let plan = policy.plan(after: .invalidSession(resumable: false), session: session, attempt: 1, jitter: jitter)
        #expect(plan.action == .identify)
        #expect(plan.delay == delay)
        #expect(plan.closeWith == .normal)
    }

    @Test func invalidSessionDelayStaysBelowFiveSeconds() {
        let plan = policy.plan(after: .invalidSession(resumable: false), session: session, attempt: 1, jitter: 0.999_999)
        #expect(plan.delay >= .seconds(1) && plan.delay <= .seconds(5))
    }

    @Test func invalidSessionTrueResumes() {
        let plan = policy.plan(after: .invalidSession(resumable: true), session: session, attempt: 1, jitter: 0.25)
        #expect(plan == ReconnectPlan(action: .resume(session), delay: .seconds(2), closeWith: .resumable))
    }

    @Test func networkErrorsResumeWithBackoff() {
        let plan = policy.plan(after: .networkError("connection reset"), session: session, attempt: 3, jitter: 0.5)
        #expect(plan == ReconnectPlan(action: .resume(session), delay: .seconds(3), closeWith: nil))
    }

    @Test func backoffDoublesAndIsCapped() {
        #expect(policy.backoff(attempt: 1, jitter: 1) == .seconds(1))
        #expect(policy.backoff(attempt: 2, jitter: 1) == .seconds(2))
        #expect(policy.backoff(attempt: 4, jitter: 0) == .seconds(4))
        #expect(policy.backoff(attempt: 50, jitter: 1) == .seconds(60))
        #expect(policy.backoff(attempt: 50, jitter: 0) == .seconds(30))
    }

    @Test func repeatedImmediateReconnectsBackOff() {
        let plan = policy.plan(after: .zombie, session: session, attempt: 3, jitter: 1)
        #expect(plan.delay == .seconds(2))
        let op9 = policy.plan(after: .invalidSession(resumable: false), session: session, attempt: 5, jitter: 1)
        #expect(op9.delay == .seconds(8))
    }

    @Test func sessionSurvivesARestartAsJSON() throws {
        var stored = session
        stored.shard = GatewayShard(id: 2, count: 4)
        stored.observe(sequence: nil)
        #expect(stored.sequence == 9)
        stored.observe(sequence: 12)
        let data = try JSONEncoder().encode(stored)
        #expect(try json(data) == json(#"{"session_id": "abc", "resume_gateway_url": "wss://resume.example", "sequence": 12, "shard": [2, 4]}"#))
        #expect(try JSONDecoder().decode(GatewaySession.self, from: data) == stored)
    }
}

@Suite("Gateway identify queue")
struct GatewayIdentifyQueueTests {
    let start = ContinuousClock.now

    @Test func sessionStartLimitDecodesFromGetGatewayBot() throws {
        let body = #"{"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}"#
        let limit = try JSONDecoder().decode(GatewaySessionStartLimit.self, from: Data(body.utf8))
        #expect(limit == GatewaySessionStartLimit(total: 1000, remaining: 999, resetAfter: .seconds(14400), maxConcurrency: 1))
        #expect(try json(JSONEncoder().encode(limit)) == json(body))
    }

    @Test func maxConcurrencyOneIdentifiesOneShardPerFiveSeconds() {
        var queue = IdentifyQueue(limit: .init(total: 1000, remaining: 999, resetAfter: .seconds(14400), maxConcurrency: 1),
                                  receivedAt: start)
        #expect(queue.nextIdentify(shard: 0, now: start) == .go)
        #expect(queue.nextIdentify(shard: 1, now: start) == .wait(until: start + .seconds(5)))
        #expect(queue.nextIdentify(shard: 1, now: start + .milliseconds(4999)) == .wait(until: start + .seconds(5)))
        #expect(queue.nextIdentify(shard: 1, now: start + .seconds(5)) == .go)
        #expect(queue.nextIdentify(shard: 2, now: start + .seconds(6)) == .wait(until: start + .seconds(10)))
        #expect(queue.remaining == 997)
    }

    @Test func aLateSendRestartsItsKeysWindow() {
        var queue = IdentifyQueue(limit: .init(total: 1000, remaining: 999, resetAfter: .seconds(14400), maxConcurrency: 1),
                                  receivedAt: start)
        #expect(queue.nextIdentify(shard: 0, now: start) == .go)
        // Granted at once but sent 2 s later (a busy machine): the next waits 5 s from the send.
        queue.identifySent(shard: 0, at: start + .seconds(2))
        #expect(queue.nextIdentify(shard: 1, now: start + .seconds(5)) == .wait(until: start + .seconds(7)))
        #expect(queue.nextIdentify(shard: 1, now: start + .seconds(7)) == .go)
    }

    @Test func maxConcurrencySixteenStartsBucketsInOrder() {
        var queue = IdentifyQueue(limit: .init(total: 2000, remaining: 2000, resetAfter: .seconds(3600), maxConcurrency: 16),
                                  receivedAt: start)
        for shard in 0..<16 {
            #expect(queue.nextIdentify(shard: shard, now: start) == .go, "shard \(shard)")
        }
        for shard in 16..<32 {
            #expect(queue.nextIdentify(shard: shard, now: start + .seconds(1)) == .wait(until: start + .seconds(5)), "shard \(shard)")
        }
        #expect(queue.rateLimitKey(shard: 17) == 1)
        for shard in 16..<32 {
            #expect(queue.nextIdentify(shard: shard, now: start + .seconds(5)) == .go, "shard \(shard)")
        }
        #expect(queue.remaining == 1968)
    }

    @Test func noRemainingStartsWaitsForTheReset() {
        var queue = IdentifyQueue(limit: .init(total: 1000, remaining: 0, resetAfter: .seconds(600), maxConcurrency: 1),
                                  receivedAt: start)
        #expect(queue.nextIdentify(shard: 0, now: start + .seconds(10)) == .wait(until: start + .seconds(600)))
        #expect(queue.nextIdentify(shard: 0, now: start + .seconds(600)) == .go)
        #expect(queue.remaining == 999)
    }

    @Test func lastRemainingStartIsUsedThenTheQueueWaits() {
        var queue = IdentifyQueue(limit: .init(total: 1000, remaining: 1, resetAfter: .seconds(60), maxConcurrency: 2),
                                  receivedAt: start)
        #expect(queue.nextIdentify(shard: 0, now: start) == .go)
        #expect(queue.nextIdentify(shard: 1, now: start) == .wait(until: start + .seconds(60)))
        queue.update(limit: .init(total: 1000, remaining: 5, resetAfter: .seconds(60), maxConcurrency: 2), receivedAt: start + .seconds(1))
        #expect(queue.nextIdentify(shard: 1, now: start + .seconds(1)) == .go)
        #expect(queue.nextIdentify(shard: 2, now: start + .seconds(1)) == .wait(until: start + .seconds(5)))
    }
}

@Suite("Gateway send limiter")
struct GatewaySendLimiterTests {
    let start = ContinuousClock.now

    @Test func reserveCoversEveryHeartbeatInAWindow() {
        #expect(GatewaySendLimiter(heartbeatInterval: .milliseconds(41250)).reserve == 4)
        #expect(GatewaySendLimiter(heartbeatInterval: .seconds(10)).reserve == 9)
        #expect(GatewaySendLimiter(heartbeatInterval: .milliseconds(1)).reserve == 120)
    }

    @Test func ordinarySendsStopAtTheReserveAndHeartbeatsStillGo() {
        var limiter = GatewaySendLimiter(heartbeatInterval: .milliseconds(41250))
        #expect(limiter.ordinaryLimit == 116)
        for index in 0..<116 {
            #expect(limiter.acquire(.ordinary, now: start + .milliseconds(index)) == .send, "send \(index)")
        }
        #expect(limiter.acquire(.ordinary, now: start + .seconds(1)) == .wait(until: start + .seconds(60)))
        for _ in 0..<4 {
            #expect(limiter.acquire(.heartbeat, now: start + .seconds(2)) == .send)
        }
        #expect(limiter.sentInWindow(now: start + .seconds(2)) == 120)
        #expect(limiter.acquire(.heartbeat, now: start + .seconds(3)) == .wait(until: start + .seconds(60)))
        #expect(limiter.acquire(.handshake, now: start + .seconds(3)) == .wait(until: start + .seconds(60)))
    }

    @Test func theWindowSlides() {
        var limiter = GatewaySendLimiter(reserve: 0)
        for second in 0..<120 {
            #expect(limiter.acquire(.ordinary, now: start + .milliseconds(500 * second)) == .send)
        }
        #expect(limiter.acquire(.ordinary, now: start + .seconds(60)) == .send)   // the first left the window
        #expect(limiter.acquire(.ordinary, now: start + .seconds(60)) == .wait(until: start + .milliseconds(60_500)))
        #expect(limiter.sentInWindow(now: start + .seconds(60)) == 120)
    }
}

@Suite("Gateway shard plan")
struct GatewayShardPlanTests {
    @Test func validPlanListsItsShards() throws {
        let plan = try ShardPlan(total: 4, ids: [3, 1])
        #expect(plan.ids == [1, 3])
        #expect(plan.shards == [GatewayShard(id: 1, count: 4), GatewayShard(id: 3, count: 4)])
        #expect(!plan.receivesGuildlessEvents)
        #expect(try ShardPlan.all(total: 3).ids == [0, 1, 2])
        #expect(try ShardPlan.all(total: 3).receivesGuildlessEvents)
    }

    @Test func guildRoutingFollowsTheDocsFormula() throws {
        let plan = try ShardPlan(total: 3, ids: [0])
        let guild: UInt64 = 41771983423143937
        #expect(plan.shardID(forGuild: guild) == Int((guild >> 22) % 3))
        #expect(plan.runs(guild: guild) == (plan.shardID(forGuild: guild) == 0))
    }

    @Test(arguments: [
        (4, [4], "outside"), (4, [-1], "outside"), (4, [1, 2, 1], "more than once"),
        (0, [0], "at least 1"), (2, [], "at least one shard"),
    ])
    func invalidPlansAreRefused(total: Int, ids: [Int], message: String) {
        #expect {
            _ = try ShardPlan(total: total, ids: ids)
        } throws: { error in
            (error as? ShardPlanError)?.description.contains(message) == true
        }
    }

    @Test func specParsing() throws {
        #expect(try ShardPlan(total: 16, spec: "0-3, 8,10-11").ids == [0, 1, 2, 3, 8, 10, 11])
        #expect(throws: ShardPlanError.self) { try ShardPlan(total: 16, spec: "3-1") }
        #expect(throws: ShardPlanError.self) { try ShardPlan(total: 16, spec: "a") }
        #expect(throws: ShardPlanError.self) { try ShardPlan(total: 4, spec: "0-4") }
        #expect(throws: ShardPlanError.self) { try ShardPlan(total: 4, spec: "0-2,2") }
    }
}

import Foundation
import Shared

/// Everything the Discord sandbox knows: the bot application, guilds with their channels, roles,
/// members and voice states, deployed commands, messages, the interactions it issued and what the
/// bot did with them, every REST request received, and every gateway event emitted.
///
/// REST requests come in through ``handle(_:gatewayBot:)``, which applies authentication, forced
/// faults and rate limits the way Discord does before touching the state. Time comes from an
/// injectable clock (the same protocol the REST client's rate limiter uses, so a test can drive
/// both with one virtual clock).
///
/// ```swift
/// let world = SandboxWorld.demo()
/// await world.force(.status(502), count: 1, route: "PUT /applications/{application.id}/commands")
/// let sent = await world.requests      // what the bot sent, tokens redacted
/// let events = await world.events      // MESSAGE_CREATE, GUILD_MEMBER_UPDATE…
/// ```
actor SandboxWorld {
    let application: SandboxApplication
    let clock: any RateLimitClock
    var guilds: [SandboxGuild]
    var globalCommands: [SandboxApplicationCommand] = []
    var guildCommands: [UInt64: [SandboxApplicationCommand]] = [:]
    /// Channel id → message id → message, for messages anyone can see (ephemeral ones live on
    /// their interaction).
    var messages: [UInt64: [UInt64: JSONValue]] = [:]
    var interactions: [UInt64: SandboxInteraction] = [:]
    var ids = SandboxSnowflakes()
    var rateLimits = SandboxRateLimits()
    /// OAuth2 codes and user tokens (SandboxWorld+OAuth.swift).
    var oauth = SandboxOAuthState()

    /// Every REST request received, in order.
    private(set) var requests: [SandboxRecordedRequest] = []
    /// Every gateway event emitted, in order.
    private(set) var events: [SandboxEvent] = []
    private var outbox: [SandboxEvent] = []
    private var faults: [String: [SandboxFault]] = [:]
    var watchers: [UInt64: [AsyncStream<Void>.Continuation]] = [:]

    /// Requests and events kept for inspection.
    static let historyLimit = 10_000

    init(application: SandboxApplication, guilds: [SandboxGuild], clock: any RateLimitClock = SystemRateLimitClock()) {
        self.application = application
        self.guilds = guilds
        self.clock = clock
    }

    // MARK: Test knobs

    /// The next `count` requests to `route` ("METHOD /template", e.g.
    /// "POST /channels/{channel.id}/messages") get `fault` instead of their real answer.
    func force(_ fault: SandboxFault, count: Int = 1, route: String) {
        faults[route, default: []].append(contentsOf: Array(repeating: fault, count: count))
    }

    /// The global limit (50 per second by default).
    func setGlobalLimit(_ limit: Int, per window: Duration = .seconds(1)) {
        rateLimits.globalLimit = limit
        rateLimits.globalWindow = window
    }

    func clearRequests() { requests.removeAll() }

    func interaction(_ id: UInt64) -> SandboxInteraction? { interactions[id] }

    func messages(in channel: UInt64) -> [JSONValue] {
        (messages[channel] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    }

    // MARK: Events

    func emit(_ name: String, _ data: JSONValue, guildID: UInt64?) {
        let event = SandboxEvent(name: name, data: data, guildID: guildID)
        events.append(event)
        if events.count > Self.historyLimit { events.removeFirst(events.count - Self.historyLimit) }
        outbox.append(event)
    }

    /// Events not yet handed to the gateway.
    func takeOutbox() -> [SandboxEvent] {
        defer { outbox.removeAll() }
        return outbox
    }

    // MARK: Lookups

    func guildIndex(_ id: UInt64) -> Int? { guilds.firstIndex { $0.id == id } }

    /// The guild and index holding a channel.
    func locate(channel id: UInt64) -> (guild: Int, channel: SandboxChannel)? {
        for (index, guild) in guilds.enumerated() {
            if let channel = guild.channel(id) { return (index, channel) }
        }
        return nil
    }

    func guild(_ id: UInt64) -> SandboxGuild? { guilds.first { $0.id == id } }

    /// The `GUILD_CREATE` payloads the gateway sends after READY (events/gateway-events.mdx).
    func guildCreatePayloads() -> [JSONValue] {
        guilds.map { guild in
            var object = guild.json.objectValue ?? [:]
            object["channels"] = .array(guild.channels.map(\.json))
            object["members"] = .array(guild.members.map { $0.json() })
            object["voice_states"] = .array(guild.voiceStates.map { $0.json(guildID: guild.id, member: nil) })
            object["member_count"] = .int(guild.members.count)
            object["large"] = .bool(false)
            object["unavailable"] = .bool(false)
            object["joined_at"] = .string(guild.member(application.bot.id)?.joinedAt ?? Self.timestamp(Date()))
            object["threads"] = .array([])
            object["presences"] = .array([])
            object["stage_instances"] = .array([])
            object["guild_scheduled_events"] = .array([])
            object["soundboard_sounds"] = .array([])
            return .object(object)
        }
    }

    // MARK: The REST pipeline

    /// Answers one REST request as Discord would: a forced fault first, then authentication, the
    /// global and per-route limits, and the route itself. `gatewayBot` is the body of
    /// `GET /gateway/bot`, which the gateway knows.
    func handle(_ call: SandboxRESTCall, gatewayBot: JSONValue? = nil) -> SandboxRESTReply {
        var reply = answer(call, gatewayBot: gatewayBot)
        reply.events = takeOutbox()
        let headers = call.headers.map { name, value in (name, name == "authorization" ? "<redacted>" : value) }
        requests.append(SandboxRecordedRequest(method: call.method, path: call.path, template: call.template,
                                               headers: headers, body: call.body, status: reply.status))
        // A long-running sandbox keeps the recent history only.
        if requests.count > Self.historyLimit { requests.removeFirst(requests.count - Self.historyLimit) }
        return reply
    }

    private func answer(_ call: SandboxRESTCall, gatewayBot: JSONValue?) -> SandboxRESTReply {
        let now = clock.now
        let body = call.body.isEmpty ? nil : try? JSONValue.parse(call.body)
        let limit = SandboxRouteLimit.for(method: call.method, template: call.template, body: body)
        // Answers given before the limits are consulted still name the route's bucket, as
        // Discord's do; a global 429 is about no bucket.
        func early(_ reply: SandboxRESTReply) -> SandboxRESTReply {
            guard !reply.headers.contains(where: { $0.0 == "X-RateLimit-Scope" && $0.1 == "global" }) else { return reply }
            var reply = reply
            let known = Set(reply.headers.map(\.0))
            reply.headers += rateLimits.peekHeaders(limit: limit, majorKey: SandboxRouteLimit.majorKey(call.parameters), at: now)
                .filter { !known.contains($0.0) }
            return reply
        }
        if var queued = faults[call.routeID], !queued.isEmpty {
            let fault = queued.removeFirst()
            faults[call.routeID] = queued.isEmpty ? nil : queued
            return early(reply(for: fault, call: call))
        }
        // OAuth2 calls carry a user's Bearer token or client credentials, not the bot token.
        if let reply = oauthAnswer(call) { return reply }
        if call.needsBotToken {
            let sent = call.header("authorization") ?? ""
            guard ConstantTime.isEqual(sent, "Bot \(application.token)") else {
                return early(Self.error(.unauthorized))
            }
        }
        if !call.body.isEmpty, body == nil { return early(Self.error(.malformedBody)) }
        let decision = rateLimits.admit(limit: limit, majorKey: SandboxRouteLimit.majorKey(call.parameters),
                                        exemptFromGlobal: call.isExemptFromGlobalLimit, at: now)
        let headers: [(String, String)]
        switch decision {
        case .limited(let scope, let retryAfter, let limitHeaders):
            return Self.rateLimited(scope: scope, retryAfter: retryAfter.seconds, headers: limitHeaders)
        case .allowed(let limitHeaders):
            headers = limitHeaders
        }
        var reply: SandboxRESTReply
        do {
            reply = try route(call, body: body, gatewayBot: gatewayBot, now: now)
        } catch {
            reply = Self.error(error)
        }
        reply.headers += headers
        return reply
    }

    private func reply(for fault: SandboxFault, call: SandboxRESTCall) -> SandboxRESTReply {
        switch fault {
        case .rateLimited(let scope, let retryAfter):
            return Self.rateLimited(scope: scope, retryAfter: retryAfter, headers: [])
        case .status(let status):
            return Self.error(.forced(status))
        }
    }

    static func error(_ error: SandboxRESTError) -> SandboxRESTReply {
        SandboxRESTReply(status: error.status, body: error.body)
    }

    /// Discord's 429 (topics/rate-limits.mdx, "Exceeding A Rate Limit").
    static func rateLimited(scope: String, retryAfter: Double, headers: [(String, String)]) -> SandboxRESTReply {
        let global = scope == "global"
        var body: [String: JSONValue] = [
            "message": .string("You are being rate limited."),
            "retry_after": .number((retryAfter * 1000).rounded(.up) / 1000),
            "global": .bool(global),
        ]
        if global { body["code"] = .int(0) }
        var fields = headers.filter { $0.0 != "X-RateLimit-Remaining" && $0.0 != "X-RateLimit-Reset-After" }
        if !headers.isEmpty {
            fields.append(("X-RateLimit-Remaining", "0"))
            fields.append(("X-RateLimit-Reset-After", SandboxRateLimits.seconds(retryAfter)))
        }
        fields.append(("Retry-After", String(Int(retryAfter.rounded(.up)))))
        fields.append(("X-RateLimit-Scope", scope))
        if global { fields.append(("X-RateLimit-Global", "true")) }
        return SandboxRESTReply(status: 429, headers: fields, body: .object(body))
    }

    /// ISO 8601 with microseconds and an offset, as Discord writes timestamps.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date).replacingOccurrences(of: "Z", with: "000+00:00")
    }
}

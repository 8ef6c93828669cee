import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// The Discord side's fixed workloads, in process: dispatches decoded and routed per second
/// (MESSAGE_CREATE-like and GUILD_MEMBER_UPDATE-like payloads through ``DiscordEventRouter``),
/// interaction receive-to-acknowledge latency (raw INTERACTION_CREATE bytes → decode →
/// ``InteractionRouter`` → ``InteractionResponder`` → the callback POST arriving at a loopback
/// HTTP server), and resident memory with 1, 1,000 and 10,000 guilds cached.
///
/// ```swift
/// let report = try await DiscordBenchmark(logger: logger).run(dispatches: 200_000, samples: 2000) { print($0) }
/// ```
struct DiscordBenchmark {
    let logger: Logger

    struct Report: Codable {
        var messageCreatePerSecond: Double
        var memberUpdatePerSecond: Double
        var mixedDispatchesPerSecond: Double
        var interactionLatencyP50Milliseconds: Double
        var interactionLatencyP99Milliseconds: Double
        var interactionSamples: Int
        var memory: [MemoryPoint]
    }

    struct MemoryPoint: Codable {
        var guilds: Int
        var residentMegabytes: Double
        /// Above the resident size before any guild was cached.
        var cacheMegabytes: Double
        var members: Int
        var channels: Int
    }

    func run(dispatches: Int, samples: Int, print: (String) -> Void) async throws -> Report {
        // 1. Dispatch throughput.
        let throughput = try await measureDispatches(count: dispatches)
        print(String(format: "dispatches: MESSAGE_CREATE %.0f/s, GUILD_MEMBER_UPDATE %.0f/s, mixed %.0f/s (%d each, parse + route)",
                     throughput.messages, throughput.members, throughput.mixed, dispatches))

        // 2. Interaction latency.
        let latencies = try await measureInteractions(samples: samples)
        let p50 = Self.percentile(latencies, 0.50)
        let p99 = Self.percentile(latencies, 0.99)
        print(String(format: "interaction receive → callback received: p50 %.3f ms, p99 %.3f ms (%d samples)", p50, p99, latencies.count))

        // 3. Memory.
        let memory = try await measureMemory(steps: [1, 1_000, 10_000])
        for point in memory {
            print(String(format: "memory: %5d guilds (%d members, %d channels): RSS %.1f MB, cache ≈ %.1f MB",
                         point.guilds, point.members, point.channels, point.residentMegabytes, point.cacheMegabytes))
        }
        return Report(messageCreatePerSecond: throughput.messages, memberUpdatePerSecond: throughput.members,
                      mixedDispatchesPerSecond: throughput.mixed, interactionLatencyP50Milliseconds: p50,
                      interactionLatencyP99Milliseconds: p99, interactionSamples: latencies.count, memory: memory)
    }

    // MARK: Dispatches

    private func measureDispatches(count: Int) async throws -> (messages: Double, members: Double, mixed: Double) {
        let cache = GuildCache()
        let router = DiscordEventRouter(cache: cache, onMessage: { _ in }, logger: logger) { _ in }
        let guilds = 100
        for index in 0..<guilds {
            await router.handle(GatewayDispatch(event: "GUILD_CREATE", data: Fixtures.guildCreate(index: index), sequence: nil, shard: 0))
        }
        let messages = (0..<1000).map { Fixtures.envelope("MESSAGE_CREATE", Fixtures.messageCreate(index: $0, guilds: guilds), sequence: $0) }
        let members = (0..<1000).map { Fixtures.envelope("GUILD_MEMBER_UPDATE", Fixtures.memberUpdate(index: $0, guilds: guilds), sequence: $0) }
        func route(_ frames: [Data], count: Int) async throws -> Double {
            let clock = ContinuousClock()
            let started = clock.now
            for index in 0..<count {
                let payload = try GatewayPayload(json: frames[index % frames.count])
                await router.handle(GatewayDispatch(event: payload.eventName ?? "", data: payload.data ?? Data(), sequence: payload.sequence, shard: 0))
            }
            return Double(count) / (clock.now - started).seconds
        }
        _ = try await route(messages, count: min(count, 2000))   // warm-up
        let messageRate = try await route(messages, count: count)
        let memberRate = try await route(members, count: count)
        let mixed = zip(messages, members).flatMap { [$0, $1] }
        let mixedRate = try await route(mixed, count: count)
        guard router.decodeFailures == 0 else {
            throw BenchmarkError(description: "\(router.decodeFailures) benchmark dispatches did not decode")
        }
        return (messageRate, memberRate, mixedRate)
    }

    // MARK: Interactions

    private func measureInteractions(samples: Int) async throws -> [Double] {
        let (arrivals, arrival) = AsyncStream<ContinuousClock.Instant>.makeStream()
        let httpRouter = Router()
        httpRouter.post("/api/v10/interactions/:id/:token/callback") { _, _ -> Response in
            arrival.yield(.now)
            return Response(status: .noContent)
        }
        let (ports, portInput) = AsyncStream<Int>.makeStream()
        var serverLogger = logger
        serverLogger.logLevel = .critical   // its shutdown at the end is ours, not an error
        let application = Application(
            router: httpRouter,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portInput.yield(channel.localAddress?.port ?? 0)
                portInput.finish()
            },
            logger: serverLogger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService(gracefulShutdownSignals: []) }
            var portIterator = ports.makeAsyncIterator()
            guard let port = await portIterator.next(), port > 0 else { throw BenchmarkError(description: "the loopback responder did not start") }
            let rest = DiscordRESTClient(baseURL: "http://127.0.0.1:\(port)/api/v10", token: "benchmark-token",
                                         limiter: RateLimiter(), httpClient: nil, logger: logger)
            var interactionRouter = InteractionRouter()
            interactionRouter.command(["ping"], options: .init(feature: "benchmark")) { _ in .ephemeral("pong") }
            let responder = InteractionResponder(router: interactionRouter, rest: rest, applicationID: Snowflake(Fixtures.applicationID),
                                                 now: { Date() }, logger: logger)
            let (completions, completed) = AsyncStream<Void>.makeStream()
            let router = DiscordEventRouter(cache: GuildCache(), logger: logger) { interaction in
                await responder.respond(to: interaction)
                completed.yield()
            }
            group.addTask { await router.run() }
            var latencies: [Double] = []
            latencies.reserveCapacity(samples)
            var arrived = arrivals.makeAsyncIterator()
            var finished = completions.makeAsyncIterator()
            let warmUp = min(100, samples)
            for index in 0..<(samples + warmUp) {
                let frame = Fixtures.envelope("INTERACTION_CREATE", Fixtures.interactionCreate(index: index), sequence: index)
                let received = ContinuousClock.now
                let payload = try GatewayPayload(json: frame)
                await router.handle(GatewayDispatch(event: payload.eventName ?? "", data: payload.data ?? Data(), sequence: payload.sequence, shard: 0))
                guard let acknowledged = await arrived.next() else { break }
                if index >= warmUp { latencies.append((acknowledged - received).seconds * 1000) }
                // One at a time: the next sample starts once the responder has its 204.
                await finished.next()
            }
            await rest.shutdown()
            group.cancelAll()
            return latencies
        }
    }

    // MARK: Memory

    private func measureMemory(steps: [Int]) async throws -> [MemoryPoint] {
        let cache = GuildCache()
        let router = DiscordEventRouter(cache: cache, logger: logger) { _ in }
        let baseline = Self.residentMegabytes()
        var points: [MemoryPoint] = []
        var cached = 0
        for target in steps {
            while cached < target {
                await router.handle(GatewayDispatch(event: "GUILD_CREATE", data: Fixtures.guildCreate(index: cached), sequence: nil, shard: 0))
                cached += 1
            }
            let totals = await cache.totals
            let resident = Self.residentMegabytes()
            points.append(MemoryPoint(guilds: totals.guilds, residentMegabytes: resident, cacheMegabytes: max(resident - baseline, 0),
                                      members: totals.members, channels: totals.channels))
        }
        return points
    }

    /// VmRSS from /proc/self/status, in MB.
    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(Int((Double(sorted.count - 1) * fraction).rounded()), sorted.count - 1)]
    }

    struct BenchmarkError: Error, CustomStringConvertible {
        var description: String
    }

    /// Realistic payloads, written as JSON text directly (building them through a JSON encoder
    /// would dominate the memory run).
    enum Fixtures {
        static let applicationID: UInt64 = 1_000_000_000_000_000_001
        /// Snowflakes from "now", so interactions look fresh to the responder.
        static let base: UInt64 = (UInt64(Date().timeIntervalSince1970 * 1000) - Snowflake.discordEpochMilliseconds) << 22

        static func guildID(_ index: Int) -> UInt64 { base + UInt64(index) << 12 }

        static func envelope(_ event: String, _ data: String, sequence: Int) -> Data {
            Data(#"{"op":0,"s":\#(sequence),"t":"\#(event)","d":\#(data)}"#.utf8)
        }

        static func user(_ id: UInt64, _ index: Int) -> String {
            #"{"id":"\#(id)","username":"member_\#(index)","discriminator":"0","global_name":"Member \#(index)","avatar":"a1b2c3d4e5f60718293a4b5c6d7e8f90","public_flags":0}"#
        }

        /// ~20 channels (4 voice, 1 stage), ~15 roles, ~50 members, 3 voice states.
        static func guildCreate(index: Int) -> Data {
            let id = guildID(index)
            var channels: [String] = []
            for channel in 0..<20 {
                let type = channel == 0 ? 4 : (channel < 5 ? 2 : (channel == 5 ? 13 : 0))
                channels.append(#"{"id":"\#(id + 100 + UInt64(channel))","type":\#(type),"guild_id":"\#(id)","name":"channel-\#(channel)","position":\#(channel),"parent_id":"\#(id + 100)","topic":"Talk about topic \#(channel) here","nsfw":false,"rate_limit_per_user":0,"bitrate":64000,"user_limit":0,"permission_overwrites":[{"id":"\#(id)","type":0,"allow":"0","deny":"2048"},{"id":"\#(id + 201)","type":0,"allow":"2048","deny":"0"}]}"#)
            }
            var roles: [String] = []
            for role in 0..<15 {
                let roleID = role == 0 ? id : id + 200 + UInt64(role)
                roles.append(#"{"id":"\#(roleID)","name":"Role \#(role)","color":\#(role * 1000),"hoist":false,"icon":null,"unicode_emoji":null,"position":\#(role),"permissions":"\#(role == 0 ? 1_071_698_660_929 : 2_048)","managed":false,"mentionable":false,"flags":0}"#)
            }
            var members: [String] = []
            for member in 0..<50 {
                let userID = id + 1000 + UInt64(member)
                let memberRoles = (0..<(member % 3 + 1)).map { #""\#(id + 201 + UInt64($0))""# }.joined(separator: ",")
                members.append(#"{"user":\#(user(userID, member)),"nick":\#(member % 4 == 0 ? #""Nick \#(member)""# : "null"),"avatar":null,"roles":[\#(memberRoles)],"joined_at":"2024-03-01T12:00:00.000000+00:00","premium_since":null,"deaf":false,"mute":false,"flags":0,"pending":false,"communication_disabled_until":null}"#)
            }
            var voice: [String] = []
            for state in 0..<3 {
                voice.append(#"{"channel_id":"\#(id + 101 + UInt64(state))","user_id":"\#(id + 1000 + UInt64(state))","session_id":"voice\#(index)x\#(state)","deaf":false,"mute":false,"self_deaf":false,"self_mute":\#(state == 1),"self_video":false,"self_stream":false,"suppress":false,"request_to_speak_timestamp":null}"#)
            }
            let json = #"{"id":"\#(id)","name":"Guild \#(index)","icon":null,"owner_id":"\#(id + 1000)","afk_timeout":300,"verification_level":1,"default_message_notifications":1,"explicit_content_filter":2,"features":["COMMUNITY","NEWS"],"mfa_level":0,"premium_tier":1,"preferred_locale":"ru","joined_at":"2024-01-01T00:00:00.000000+00:00","large":false,"unavailable":false,"member_count":50,"roles":[\#(roles.joined(separator: ","))],"channels":[\#(channels.joined(separator: ","))],"members":[\#(members.joined(separator: ","))],"voice_states":[\#(voice.joined(separator: ","))],"threads":[],"presences":[],"stage_instances":[],"emojis":[],"stickers":[]}"#
            return Data(json.utf8)
        }

        static func messageCreate(index: Int, guilds: Int) -> String {
            let guild = guildID(index % guilds)
            let author = guild + 1000 + UInt64(index % 50)
            return #"{"id":"\#(base + UInt64(index) + 900_000)","type":0,"channel_id":"\#(guild + 106)","guild_id":"\#(guild)","author":\#(user(author, index % 50)),"member":{"roles":["\#(guild + 201)"],"joined_at":"2024-03-01T12:00:00.000000+00:00","deaf":false,"mute":false,"flags":0},"content":"Hello everyone, this is message number \#(index) with a little text in it.","timestamp":"2025-11-30T12:00:00.000000+00:00","edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"flags":0,"components":[],"nonce":"\#(index)"}"#
        }

        static func memberUpdate(index: Int, guilds: Int) -> String {
            let guild = guildID(index % guilds)
            let userID = guild + 1000 + UInt64(index % 50)
            return #"{"guild_id":"\#(guild)","roles":["\#(guild + 201)","\#(guild + 202)"],"user":\#(user(userID, index % 50)),"nick":"Renamed \#(index)","avatar":null,"joined_at":"2024-03-01T12:00:00.000000+00:00","premium_since":null,"deaf":false,"mute":false,"pending":false,"communication_disabled_until":null,"flags":0}"#
        }

        static func interactionCreate(index: Int) -> String {
            let guild = guildID(0)
            return #"{"id":"\#(base + (UInt64(index) << 1) + 500_000)","application_id":"\#(applicationID)","type":2,"token":"benchmark-token-\#(index)","version":1,"guild_id":"\#(guild)","channel_id":"\#(guild + 106)","app_permissions":"2147483647","locale":"ru","guild_locale":"ru","member":{"user":\#(user(guild + 1000, 0)),"roles":[],"joined_at":"2024-03-01T12:00:00.000000+00:00","permissions":"2147483647","deaf":false,"mute":false},"data":{"id":"1200000000000000001","name":"ping","type":1}}"#
        }
    }
}

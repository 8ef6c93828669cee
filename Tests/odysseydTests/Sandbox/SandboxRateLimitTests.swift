import AsyncHTTPClient
import Foundation
import Shared
import Testing
@testable import odysseyd

private typealias Demo = SandboxWorld.Demo

@Suite("Discord sandbox rate limits")
struct SandboxRateLimitTests {
    private static let messages = "POST /channels/{channel.id}/messages"

    @Test("every response carries X-RateLimit-Limit, -Remaining, -Reset, -Reset-After and -Bucket")
    func headersOnEveryResponse() async throws {
        try await SandboxHarness.with { harness in
            let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
            var request = HTTPClientRequest(url: await harness.sandbox.apiBaseURL() + "/users/@me")
            request.headers.add(name: "Authorization", value: "Bot \(SandboxDefaults.token)")
            let response = try await http.execute(request, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 1 << 20)
            try await http.shutdown()
            #expect(response.status.code == 200)
            for name in ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket"] {
                #expect(response.headers.first(name: name) != nil, "missing \(name)")
            }
            #expect(response.headers.first(name: "X-RateLimit-Remaining").flatMap(Int.init) == 29)
        }
    }

    @Test("a sixth message in 5 s to one channel gets a user-scope 429; the client waits it out and the retry succeeds")
    func routeBucket() async throws {
        try await SandboxHarness.with { harness in
            let channel = Snowflake(Demo.generalChannelID)
            for index in 1...5 {
                _ = try await harness.client.createMessage(channel: channel, payload: MessagePayload(content: "message \(index)"))
            }
            // A second process, whose limiter has learned nothing, runs into the bucket.
            let other = await harness.makeClient()
            let sixth = try await other.createMessage(channel: channel, payload: MessagePayload(content: "message 6"))
            let statistics = await other.limiter.statistics(at: harness.clock.now)
            #expect(sixth.content == "message 6")

            let statuses = await harness.world.requests.map(\.status)
            #expect(statuses == [200, 200, 200, 200, 200, 429, 200])
            #expect(statistics.rateLimited[.user] == 1)
            #expect(harness.clock.slept.contains { $0 > .seconds(4) && $0 <= .seconds(5) })
            // Another channel has its own count.
            _ = try await other.createMessage(channel: Snowflake(Demo.signUpChannelID), payload: MessagePayload(content: "elsewhere"))
            await other.shutdown()
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("over the global limit a 429 says global (X-RateLimit-Global, code 0); the client pauses and retries")
    func globalLimit() async throws {
        try await SandboxHarness.with { harness in
            await harness.world.setGlobalLimit(2)
            let guild = String(Demo.guildID)
            let _: JSONValue = try await harness.client.send(DiscordRoute(.get, "/guilds/{guild.id}", ["guild.id": guild]))
            let _: JSONValue = try await harness.client.send(DiscordRoute(.get, "/guilds/{guild.id}/roles", ["guild.id": guild]))
            let channels: JSONValue = try await harness.client.send(DiscordRoute(.get, "/guilds/{guild.id}/channels", ["guild.id": guild]))
            #expect(channels.arrayValue?.count == 5)
            let requests = await harness.world.requests
            #expect(requests.map(\.status) == [200, 200, 429, 200])
            let statistics = await harness.client.limiter.statistics(at: harness.clock.now)
            #expect(statistics.rateLimited[.global] == 1)

            // Interaction routes are exempt: a callback for an unknown interaction still gets its own 404, never a global 429.
            await harness.world.setGlobalLimit(0)
            let error = await #expect(throws: DiscordAPIError.self) {
                try await harness.client.createInteractionResponse(id: 1, token: "nope", response: .message(MessagePayload(content: "x")))
            }
            #expect(error?.code == 10062)
        }
    }

    @Test("the 429 body and headers are Discord's: retry_after, global, Retry-After and X-RateLimit-Scope")
    func rateLimitedReply() {
        let reply = SandboxWorld.rateLimited(scope: "global", retryAfter: 0.25, headers: [])
        #expect(reply.status == 429)
        #expect(reply.body?["message"]?.stringValue == "You are being rate limited.")
        #expect(reply.body?["retry_after"] == .number(0.25))
        #expect(reply.body?["global"] == .bool(true))
        #expect(reply.body?["code"] == .number(0))
        let headers = Dictionary(reply.headers, uniquingKeysWith: { first, _ in first })
        #expect(headers["Retry-After"] == "1")
        #expect(headers["X-RateLimit-Scope"] == "global")
        #expect(headers["X-RateLimit-Global"] == "true")
        let user = SandboxWorld.rateLimited(scope: "user", retryAfter: 2, headers: [])
        #expect(user.body?["code"] == nil)
        #expect(!user.headers.contains { $0.0 == "X-RateLimit-Global" })
    }

    @Test("a shared-scope 429 is retried and not counted toward the invalid-request breaker; a user-scope one is")
    func sharedScope() async throws {
        try await SandboxHarness.with { harness in
            await harness.world.force(.rateLimited(scope: "shared", retryAfter: 1.5), route: Self.messages)
            _ = try await harness.client.createMessage(channel: Snowflake(Demo.generalChannelID), payload: MessagePayload(content: "hi"))
            var statistics = await harness.client.limiter.statistics(at: harness.clock.now)
            #expect(statistics.rateLimited[.shared] == 1)
            #expect(statistics.invalidRequests == 0)

            await harness.world.force(.rateLimited(scope: "user", retryAfter: 1.5), route: Self.messages)
            _ = try await harness.client.createMessage(channel: Snowflake(Demo.generalChannelID), payload: MessagePayload(content: "again"))
            statistics = await harness.client.limiter.statistics(at: harness.clock.now)
            #expect(statistics.invalidRequests == 1)
            #expect(await harness.world.requests.map(\.status) == [429, 200, 429, 200])
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("the invalid-request breaker opens before Discord's ban and closes once the window slides past")
    func breaker() async throws {
        var settings = RateLimiter.Settings()
        settings.invalidRequestThreshold = 5
        try await SandboxHarness.with(limiterSettings: settings) { harness in
            await harness.world.force(.status(403), count: 20, route: "GET /guilds/{guild.id}")
            let route = DiscordRoute(.get, "/guilds/{guild.id}", ["guild.id": String(Demo.guildID)])
            var refusedByBreaker = 0
            for _ in 0..<8 {
                do {
                    let _: JSONValue = try await harness.client.send(route)
                } catch let error as DiscordAPIError {
                    #expect(error.status == 403)
                } catch is RateLimitError {
                    refusedByBreaker += 1
                }
            }
            // Five invalid responses reached the sandbox; the rest never left the process.
            #expect(await harness.world.requests.count == 5)
            #expect(refusedByBreaker == 3)

            harness.clock.advance(by: .seconds(601))
            await harness.world.clearRequests()
            let _: JSONValue = try await harness.client.send(DiscordRoute(.get, "/guilds/{guild.id}/roles", ["guild.id": String(Demo.guildID)]))
            #expect(await harness.world.requests.map(\.status) == [200])
        }
    }

    @Test("a 5xx is retried for a PUT but never for a POST")
    func serverErrors() async throws {
        try await SandboxHarness.with { harness in
            await harness.world.force(.status(502), route: "PUT /applications/{application.id}/guilds/{guild.id}/commands")
            let deployed = try await harness.deploy([ApplicationCommandDefinition(name: "ping", description: "Check the bot is there")])
            #expect(deployed.map(\.name) == ["ping"])
            #expect(await harness.world.requests.map(\.status) == [502, 200])

            await harness.world.clearRequests()
            await harness.world.force(.status(500), route: Self.messages)
            let error = await #expect(throws: DiscordAPIError.self) {
                _ = try await harness.client.createMessage(channel: Snowflake(Demo.generalChannelID), payload: MessagePayload(content: "once"))
            }
            #expect(error?.status == 500)
            #expect(await harness.world.requests.map(\.status) == [500])
            #expect(await harness.world.messages(in: Demo.generalChannelID).isEmpty)
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("a channel's name changes twice per 10 minutes; the third rename from an unaware client is a 429")
    func channelRenames() async throws {
        try await SandboxHarness.with { harness in
            let route = DiscordRoute(.patch, "/channels/{channel.id}", ["channel.id": String(Demo.announcementsChannelID)])
            for name in ["news", "season-news"] {
                let _: JSONValue = try await harness.client.send(route, body: JSONValue.object(["name": .string(name)]))
            }
            let other = await harness.makeClient()
            let _: JSONValue = try await other.send(route, body: JSONValue.object(["name": .string("old-news")]))
            await other.shutdown()
            let requests = await harness.world.requests
            #expect(requests.map(\.status) == [200, 200, 429, 200])
            #expect(harness.clock.slept.contains { $0 > .seconds(590) })
        }
    }
}

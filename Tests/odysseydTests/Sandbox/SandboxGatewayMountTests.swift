import Foundation
import Logging
import Shared
import Testing
import WSClient
@testable import odysseyd

private typealias Demo = SandboxWorld.Demo

/// The sandbox with its real gateway mounted: a bot connects over WebSocket, gets the demo guild,
/// and answers an injected command that reaches it as a gateway dispatch.
@Suite("Discord sandbox with its gateway")
struct SandboxGatewayMountTests {
    @Test("an injected /ping reaches a WebSocket client as INTERACTION_CREATE after READY and GUILD_CREATE")
    func endToEnd() async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            let client = DiscordRESTClient(baseURL: await sandbox.apiBaseURL(), token: SandboxDefaults.token,
                                           limiter: RateLimiter(), httpClient: nil, logger: .test)
            _ = try await client.bulkOverwriteGuildCommands(
                applicationID: Snowflake(Demo.applicationID), guild: Snowflake(Demo.guildID),
                commands: [ApplicationCommandDefinition(name: "ping", description: "Check the bot is there")])
            let gatewayBot: JSONValue = try await client.send(DiscordRoute(.get, "/gateway/bot"))
            let url = try #require(gatewayBot["url"]?.stringValue)
            #expect(url == "ws://127.0.0.1:\(await sandbox.port())/gateway")

            let (guildCreates, guildCreated) = AsyncStream<JSONValue>.makeStream()
            let bot = Task {
                try await WebSocketClient.connect(url: url + "?v=10&encoding=json", logger: .test) { inbound, outbound, _ in
                    for try await message in inbound.messages(maxSize: 1 << 22) {
                        guard case .text(let text) = message, let payload = try? JSONValue.parse(Data(text.utf8)) else { continue }
                        switch (payload["op"]?.intValue, payload["t"]?.stringValue) {
                        case (10, _):
                            try await outbound.write(.text(#"{"op":2,"d":{"token":"sandbox-token","intents":513,"properties":{"os":"linux","browser":"odyssey","device":"odyssey"}}}"#))
                        case (0, "GUILD_CREATE"):
                            guildCreated.yield(payload["d"] ?? .null)
                        case (0, "INTERACTION_CREATE"):
                            let interaction = try JSONDecoder().decode(Interaction.self, from: (payload["d"] ?? .null).encoded())
                            try await client.createInteractionResponse(id: interaction.id, token: interaction.token,
                                                                       response: .message(MessagePayload(content: "Pong over the gateway")))
                            try await outbound.close(.normalClosure, reason: nil)
                            return
                        default:
                            continue
                        }
                    }
                }
            }
            let guild = await withTaskGroup(of: JSONValue?.self) { group in
                group.addTask { for await guild in guildCreates { return guild }; return nil }
                group.addTask { try? await Task.sleep(for: .seconds(10)); return nil }
                let first = await group.next() ?? nil
                group.cancelAll()
                return first
            }
            #expect(guild?["name"] == .string("Odyssey Sandbox"))
            #expect(guild?["channels"]?.arrayValue?.count == 5)

            let outcome = try await sandbox.injectInteraction(SandboxInteractionRequest(command: "/ping"))
            _ = try await bot.value
            await client.shutdown()
            #expect(outcome.acknowledged)
            #expect(outcome.response?.content == "Pong over the gateway")
        }
    }
}

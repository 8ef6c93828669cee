import AsyncHTTPClient
import Foundation
import NIOCore
import Shared
import Testing
@testable import odysseyd

private typealias Demo = SandboxWorld.Demo

/// Plays the bot: waits for the next INTERACTION_CREATE, decodes it with the daemon's own model,
/// and answers with `respond`.
private func answerNextInteraction(_ gateway: RecordingGateway, _ respond: @escaping @Sendable (Interaction) async throws -> Void)
    -> Task<Interaction?, any Error> {
    Task {
        guard let event = await nextEvent(named: "INTERACTION_CREATE", in: gateway.dispatches) else { return nil }
        let interaction = try JSONDecoder().decode(Interaction.self, from: event.data.encoded())
        try await respond(interaction)
        return interaction
    }
}

@Suite("Discord sandbox interactions")
struct SandboxInteractionTests {
    private static let commands = [
        ApplicationCommandDefinition(name: "ping", description: "Check the bot is there"),
        ApplicationCommandDefinition(name: "roll", description: "Roll dice", options: [
            ApplicationCommandOption(type: .string, name: "expression", description: "Like 2d6+1", required: true),
            ApplicationCommandOption(type: .boolean, name: "private", description: "Only you see it"),
        ]),
        ApplicationCommandDefinition(name: "sign-up", description: "Seasons", options: [
            ApplicationCommandOption(type: .subcommand, name: "join", description: "Join the season", options: [
                ApplicationCommandOption(type: .string, name: "team", description: "Team name"),
                ApplicationCommandOption(type: .user, name: "captain", description: "Who leads"),
                ApplicationCommandOption(type: .integer, name: "size", description: "Players"),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "leave", description: "Leave the season"),
        ]),
    ]

    @Test("an injected /ping reaches the bot as a documented INTERACTION_CREATE and its reply comes back in the outcome")
    func ping() async throws {
        let gateway = RecordingGateway()
        try await SandboxHarness.with(gateway: gateway) { harness in
            _ = try await harness.deploy(Self.commands)
            let bot = answerNextInteraction(gateway) { interaction in
                try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token, response: .message(
                    MessagePayload(content: "Pong!", embeds: [Embed(title: "Latency", description: "12 ms")])))
            }
            let outcome = try await harness.sandbox.injectInteraction(SandboxInteractionRequest(command: "/ping"))
            let interaction = try #require(try await bot.value)

            #expect(interaction.type == .applicationCommand)
            #expect(interaction.guildID == Snowflake(Demo.guildID))
            #expect(interaction.channelID == Snowflake(Demo.generalChannelID))
            #expect(interaction.member?.user?.id == Snowflake(Demo.adaUserID))
            #expect(interaction.appPermissions != nil)
            guard case .command(let data)? = interaction.data else { Issue.record("no command data"); return }
            #expect(data.name == "ping")

            #expect(outcome.acknowledged)
            #expect(outcome.callbackType == 4)
            #expect(outcome.callbackName == "CHANNEL_MESSAGE_WITH_SOURCE")
            #expect(!outcome.deferred)
            #expect(!outcome.ephemeral)
            #expect(!outcome.timedOut)
            #expect(outcome.response?.content == "Pong!")
            #expect(outcome.response?.embeds.first?["title"] == .string("Latency"))
            #expect(outcome.acknowledgedMilliseconds != nil)
            #expect(outcome.problem == nil)
            #expect(await harness.world.messages(in: Demo.generalChannelID).count == 1)
            #expect(await harness.world.events.map(\.name).contains("MESSAGE_CREATE"))
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("a deferred, ephemeral answer is waited for until @original is edited; options arrive typed")
    func deferThenEdit() async throws {
        let gateway = RecordingGateway()
        try await SandboxHarness.with(gateway: gateway) { harness in
            _ = try await harness.deploy(Self.commands)
            let bot = answerNextInteraction(gateway) { interaction in
                try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token,
                                                                   response: .deferredMessage(ephemeral: true))
                _ = try await harness.client.editOriginalInteractionResponse(
                    applicationID: Snowflake(Demo.applicationID), token: interaction.token, payload: MessagePayload(content: "Rolled 2d6+1: 9"))
            }
            let outcome = try await harness.sandbox.injectInteraction(SandboxInteractionRequest(command: "/roll expression:2d6+1 private:yes"))
            let interaction = try #require(try await bot.value)
            guard case .command(let data)? = interaction.data else { Issue.record("no command data"); return }
            #expect(data.options?.map(\.name) == ["expression", "private"])
            #expect(data.options?.first?.value == .string("2d6+1"))
            #expect(data.options?.last?.value == .boolean(true))

            #expect(outcome.deferred)
            #expect(outcome.ephemeral)
            #expect(outcome.callbackType == 5)
            #expect(outcome.response?.content == "Rolled 2d6+1: 9")
            #expect(outcome.response?.flags == 64)
            // Ephemeral: nothing in the channel for everyone.
            #expect(await harness.world.messages(in: Demo.generalChannelID).isEmpty)
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("a second acknowledgement is refused with 40060, a late one with 10062")
    func acknowledgementRules() async throws {
        let gateway = RecordingGateway()
        try await SandboxHarness.with(gateway: gateway) { harness in
            _ = try await harness.deploy(Self.commands)
            let twice = answerNextInteraction(gateway) { interaction in
                try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token,
                                                                   response: .message(MessagePayload(content: "one")))
                let error = await #expect(throws: DiscordAPIError.self) {
                    try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token,
                                                                       response: .message(MessagePayload(content: "two")))
                }
                #expect(error?.status == 400)
                #expect(error?.code == 40060)
                #expect(error?.message == "Interaction has already been acknowledged.")
            }
            _ = try await harness.sandbox.injectInteraction(SandboxInteractionRequest(command: "/ping"))
            _ = try await twice.value

            let late = answerNextInteraction(gateway) { interaction in
                harness.clock.advance(by: .seconds(4))
                let error = await #expect(throws: DiscordAPIError.self) {
                    try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token,
                                                                       response: .message(MessagePayload(content: "too late")))
                }
                #expect(error?.status == 404)
                #expect(error?.code == 10062)
                #expect(error?.message == "Unknown interaction")
            }
            let outcome = try await harness.sandbox.injectInteraction(SandboxInteractionRequest(command: "/ping", timeoutSeconds: 0.5))
            _ = try await late.value
            #expect(!outcome.acknowledged)
            #expect(outcome.timedOut)
            #expect(outcome.problem != nil)
        }
    }

    @Test("follow-ups and a component click: the click carries the message, an update edits it")
    func followUpsAndComponents() async throws {
        let gateway = RecordingGateway()
        try await SandboxHarness.with(gateway: gateway) { harness in
            _ = try await harness.deploy(Self.commands)
            let button: JSONValue = .object(["type": .number(1), "components": .array([
                .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("season:join")]),
            ])])
            let bot = answerNextInteraction(gateway) { interaction in
                try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token, response: .message(
                    MessagePayload(content: "Season 3 is open")))
                let _: Message = try await harness.client.send(
                    DiscordRoute(.post, "/webhooks/{application.id}/{interaction.token}",
                                 ["application.id": String(Demo.applicationID), "interaction.token": interaction.token]),
                    body: JSONValue.object(["content": .string("Sign up below"), "components": .array([button])]))
            }
            let outcome = try await harness.sandbox.injectInteraction(SandboxInteractionRequest(command: "/sign-up join"))
            _ = try await bot.value
            // Settled at the acknowledgement; the follow-up may land just after.
            let followUpID = try #require(await harness.world.messages(in: Demo.generalChannelID).compactMap { message -> String? in
                message["content"]?.stringValue == "Sign up below" ? message["id"]?.stringValue : nil
            }.first)
            #expect(outcome.response?.content == "Season 3 is open")

            let click = answerNextInteraction(gateway) { interaction in
                #expect(interaction.type == .messageComponent)
                #expect(interaction.message?.id.description == followUpID)
                try await harness.client.createInteractionResponse(id: interaction.id, token: interaction.token,
                                                                   response: .updateMessage(MessagePayload(content: "You joined Season 3", components: [])))
            }
            let clicked = try await harness.sandbox.injectInteraction(SandboxInteractionRequest(customId: "season:join", messageId: followUpID,
                                                                                                  userId: String(Demo.cleoUserID)))
            _ = try await click.value
            #expect(clicked.kind == "component")
            #expect(clicked.callbackName == "UPDATE_MESSAGE")
            #expect(clicked.response?.content == "You joined Season 3")
            #expect(clicked.response?.id == followUpID)
            await harness.expectRequestsValidAgainstSpec()
        }
    }

    @Test("command lines become nested, typed options with resolved users; mistakes are explained")
    func commandLines() async throws {
        let world = SandboxWorld.demo(clock: SandboxTestClock())
        _ = await world.handle(SandboxRESTCall(
            method: "PUT", template: "/applications/{application.id}/guilds/{guild.id}/commands",
            parameters: ["application.id": String(Demo.applicationID), "guild.id": String(Demo.guildID)],
            path: "/applications/\(Demo.applicationID)/guilds/\(Demo.guildID)/commands",
            headers: [("authorization", "Bot \(SandboxDefaults.token)")], body: try JSONEncoder().encode(Self.commands)))
        let interaction = try await world.prepareInteraction(SandboxInteractionRequest(
            command: #"/sign-up join team:"Red Stars" captain:@ben size:4"#, userId: String(Demo.benUserID)))
        let data = try #require(interaction.payload["data"])
        let join = try #require(data["options"]?.arrayValue?.first)
        #expect(join["name"] == .string("join"))
        #expect(join["type"] == .number(1))
        let options = try #require(join["options"]?.arrayValue)
        #expect(options.map { $0["value"] } == [.string("Red Stars"), .string(String(Demo.benUserID)), .number(4)])
        #expect(data["resolved"]?["users"]?[String(Demo.benUserID)]?["username"] == .string("ben"))
        #expect(interaction.payload["member"]?["permissions"] != nil)
        #expect(interaction.payload["authorizing_integration_owners"]?["0"] == .string(String(Demo.guildID)))
        let decoded = try JSONDecoder().decode(Interaction.self, from: interaction.payload.encoded())
        #expect(decoded.member?.user?.id == Snowflake(Demo.benUserID))

        await #expect { try await world.prepareInteraction(SandboxInteractionRequest(command: "/duel")) } throws: { error in
            let message = (error as? SandboxInjectionError)?.message ?? ""
            return message.contains("/ping") && message.contains("/sign-up")
        }
        await #expect { try await world.prepareInteraction(SandboxInteractionRequest(command: "/sign-up")) } throws: { error in
            (error as? SandboxInjectionError)?.message.contains("join, leave") == true
        }
        await #expect { try await world.prepareInteraction(SandboxInteractionRequest(command: "/roll")) } throws: { error in
            (error as? SandboxInjectionError)?.message.contains("expression") == true
        }
        await #expect { try await world.prepareInteraction(SandboxInteractionRequest(command: "/sign-up join size:many")) } throws: { error in
            (error as? SandboxInjectionError)?.message.contains("integer") == true
        }
    }

    @Test("a callback with ?with_response=true answers the interaction callback response with the message")
    func callbackWithResponse() async throws {
        let world = SandboxWorld.demo(clock: SandboxTestClock())
        _ = await world.handle(SandboxRESTCall(
            method: "PUT", template: "/applications/{application.id}/commands", parameters: ["application.id": String(Demo.applicationID)],
            path: "/applications/\(Demo.applicationID)/commands", headers: [("authorization", "Bot \(SandboxDefaults.token)")],
            body: try JSONEncoder().encode(Self.commands)))
        let interaction = try await world.prepareInteraction(SandboxInteractionRequest(command: "/ping"))
        let reply = await world.handle(SandboxRESTCall(
            method: "POST", template: "/interactions/{interaction.id}/{interaction.token}/callback",
            parameters: ["interaction.id": String(interaction.id), "interaction.token": interaction.token],
            path: "/interactions/\(interaction.id)/\(interaction.token)/callback", query: ["with_response": "true"], headers: [],
            body: try JSONEncoder().encode(InteractionResponse.message(MessagePayload(content: "Pong!", flags: .ephemeral)))))
        #expect(reply.status == 200)
        #expect(reply.body?["resource"]?["type"] == .number(4))
        #expect(reply.body?["resource"]?["message"]?["content"] == .string("Pong!"))
        #expect(reply.body?["interaction"]?["response_message_ephemeral"] == .bool(true))
        #expect(reply.headers.contains { $0.0 == "X-RateLimit-Bucket" })
        #expect(await world.interaction(interaction.id)?.state == .acknowledged)
    }

    @Test("the /sandbox/v1 HTTP API: world report, an injection with no bot answering, and a clear 400 for a bad body")
    func controlAPI() async throws {
        try await SandboxHarness.with { harness in
            _ = try await harness.deploy(Self.commands)
            let base = await harness.sandbox.controlURL()
            let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
            func exchange(_ method: String, _ path: String, _ body: String? = nil) async throws -> (UInt, Data) {
                var request = HTTPClientRequest(url: base + path)
                request.method = .init(rawValue: method)
                if let body { request.body = .bytes(ByteBuffer(string: body)) }
                let response = try await http.execute(request, timeout: .seconds(10))
                let data = try await response.body.collect(upTo: 1 << 20)
                return (response.status.code, Data(data.readableBytesView))
            }
            do {
                let (status, data) = try await exchange("GET", SandboxDefaults.worldPath)
                #expect(status == 200)
                let report = try ControlJSON.decoder.decode(SandboxWorldReport.self, from: data)
                #expect(report.guilds.first?.name == "Odyssey Sandbox")
                #expect(report.guilds.first?.channels.map(\.name) == ["general", "announcements", "sign-up", "Stage", "Voice"])
                #expect(report.guilds.first?.members.count == 4)
                #expect(report.commands.flatMap(\.usages).contains("/sign-up join [team:<string>] [captain:<user>] [size:<integer>]"))

                let (badStatus, badData) = try await exchange("POST", SandboxDefaults.interactionsPath, "{nope")
                #expect(badStatus == 400)
                #expect(try ControlJSON.decoder.decode(ControlErrorBody.self, from: badData).error.message.contains("command"))

                let (unknownStatus, unknownData) = try await exchange("POST", SandboxDefaults.interactionsPath, #"{"command":"/duel"}"#)
                #expect(unknownStatus == 404)
                #expect(try ControlJSON.decoder.decode(ControlErrorBody.self, from: unknownData).error.message.contains("/ping"))

                let (status2, data2) = try await exchange("POST", SandboxDefaults.interactionsPath, #"{"command":"/ping","timeout_seconds":0.2}"#)
                #expect(status2 == 200)
                let outcome = try ControlJSON.decoder.decode(SandboxInteractionOutcome.self, from: data2)
                #expect(!outcome.acknowledged)
                #expect(outcome.timedOut)
                #expect(outcome.problem?.contains("DISCORD_API_BASE_URL") == true)
            } catch {
                try await http.shutdown()
                throw error
            }
            try await http.shutdown()
        }
    }
}

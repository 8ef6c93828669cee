import Foundation
import Shared
import Testing
@testable import odysseyctl

@Suite("Sandbox output")
struct SandboxRendererTests {
    private static let button: JSONValue = .object(["type": .number(1), "components": .array([
        .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("season:join")]),
        .object(["type": .number(2), "style": .number(5), "label": .string("Rules"), "url": .string("https://example.org/rules")]),
    ])])

    private static func outcome(response: SandboxMessageReport?, callback: Int?, acknowledged: Bool = true) -> SandboxInteractionOutcome {
        SandboxInteractionOutcome(
            interactionId: "1", kind: "command", invocation: "/sign-up join", guildId: "2", channelId: "3", userId: "4",
            acknowledged: acknowledged, callbackType: callback,
            callbackName: callback == 5 ? "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE" : callback == 4 ? "CHANNEL_MESSAGE_WITH_SOURCE" : nil,
            callbackData: nil, deferred: callback == 5, ephemeral: response?.ephemeral ?? false,
            acknowledgedMilliseconds: acknowledged ? 12.4 : nil, elapsedMilliseconds: 250, timedOut: !acknowledged,
            response: response, followUps: [], problem: acknowledged ? nil : "The bot did not acknowledge the interaction.")
    }

    @Test func answerWithEmbedAndButtons() {
        let response = SandboxMessageReport(
            id: "9", channelId: "3", content: "Season 3 is open",
            embeds: [.object(["title": .string("Season 3"), "description": .string("Starts Friday"),
                              "fields": .array([.object(["name": .string("Teams"), "value": .string("12")])])])],
            components: [Self.button], flags: 64)
        #expect(SandboxInteractionRenderer.text(for: Self.outcome(response: response, callback: 5)) == """
            command       /sign-up join
            answer        Season 3 is open
            embed         Season 3
                          Starts Friday
                          Teams: 12
            components    [Join] (season:join) [Rules] <https://example.org/rules>
            visibility    ephemeral (only the invoker sees it)
            acknowledged  DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE after 12 ms (deferred, then edited)
            elapsed       250 ms
            """)
    }

    @Test func noAnswerSaysWhy() {
        let text = SandboxInteractionRenderer.text(for: Self.outcome(response: nil, callback: nil, acknowledged: false))
        #expect(text.contains("answer        (none)"))
        #expect(text.contains("acknowledged  no"))
        #expect(text.contains("problem       The bot did not acknowledge the interaction."))
    }

    @Test func worldListsChannelsMembersAndUsages() {
        let report = SandboxWorldReport(
            application: .init(id: "1", name: "Odyssey", botUserId: "1", botUsername: "Odyssey"),
            guilds: [.init(id: "2", name: "Odyssey Sandbox",
                           channels: [.init(id: "3", name: "general", type: 0), .init(id: "4", name: "Stage", type: 13)],
                           roles: [.init(id: "2", name: "@everyone", position: 0, permissions: "0")],
                           members: [.init(userId: "5", username: "cleo", globalName: "Cleo", bot: false, roles: ["Member"], voiceChannelId: "4")])],
            commands: [.init(id: "6", name: "roll", description: "Roll dice", guildId: "2", usages: ["/roll expression:<string>"])])
        let text = SandboxWorldRenderer.text(for: report)
        #expect(text.contains("#general"))
        #expect(text.contains("stage"))
        #expect(text.contains("@cleo"))
        #expect(text.contains("/roll expression:<string>"))
        #expect(!SandboxWorldRenderer.text(for: SandboxWorldReport(application: report.application, guilds: [], commands: []))
            .contains("USAGE"))
    }

    @Test func sandboxURLComesFromOptionThenEnvironment() {
        #expect(SandboxOptions.baseURL(option: nil, environment: [:]) == "http://127.0.0.1:8090")
        #expect(SandboxOptions.baseURL(option: nil, environment: ["ODYSSEY_SANDBOX_URL": "http://127.0.0.1:9000/"]) == "http://127.0.0.1:9000")
        #expect(SandboxOptions.baseURL(option: "http://localhost:1", environment: ["ODYSSEY_SANDBOX_URL": "http://x"]) == "http://localhost:1")
    }
}

import Foundation
import Testing
@testable import odysseyd

/// A member's `private:true` makes the reply ephemeral even when the handler is slow and the
/// responder has to defer before the reply exists.
@Suite("Private option")
struct PrivateOptionTests {
    static func roll(private value: Bool?) throws -> Interaction {
        let option = value.map { #",{"name":"private","type":5,"value":\#($0)}"# } ?? ""
        return try JSONDecoder().decode(Interaction.self, from: Data("""
            {"id":"1191168914231525999","application_id":"1","type":2,"token":"t","version":1,"channel_id":"5","guild_id":"6",
             "member":{"user":{"id":"9","username":"someone"},"roles":[],"permissions":"0"},
             "data":{"id":"3","name":"roll","type":1,"options":[{"name":"dice","type":1,"options":[
               {"name":"expression","type":3,"value":"1d20"}\(option)]}]}}
            """.utf8))
    }

    @Test(arguments: [(true, true), (false, false), (nil, false)] as [(Bool?, Bool)])
    func theDeferralFollowsTheOption(value: Bool?, ephemeral: Bool) throws {
        let options = InteractionHandlerOptions(feature: "dice", privateOption: "private")
        let interaction = try Self.roll(private: value)
        #expect(options.isEphemeral(interaction) == ephemeral)
        #expect(InteractionResponder.deferral(for: interaction, options: options) == .deferredMessage(ephemeral: ephemeral))
        let reply = InteractionResponder.initialResponse(for: .message(MessagePayload(content: "4")), interaction: interaction,
                                                         options: options, logger: .test)
        guard case .message(let payload) = reply else { Issue.record("\(reply)"); return }
        #expect((payload.flags?.contains(.ephemeral) ?? false) == ephemeral)
    }
}

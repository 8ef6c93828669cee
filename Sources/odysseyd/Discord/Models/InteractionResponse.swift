/// The reply to an interaction, POSTed to its callback URL within 3 seconds
/// (discord-docs/interactions/receiving-and-responding.mdx, "Interaction Response Object").
///
/// ```swift
/// let ack = InteractionResponse.deferredMessage(ephemeral: true)   // {"type":5,"data":{"flags":64}}
/// let done = InteractionResponse.message(MessagePayload(content: "Done"))
/// ```
enum InteractionResponse: Encodable, Hashable, Sendable {
    /// Answers a PING (HTTP interactions endpoint check).
    case pong
    case message(MessagePayload)
    /// "Thinking…"; the real reply is an edit of `@original` later. Only `flags` may be set.
    case deferredMessage(ephemeral: Bool)
    /// Components only: acknowledge now, edit the message later, no loading state.
    case deferredUpdate
    /// Components only: edit the message the component is on.
    case updateMessage(MessagePayload)
    case autocomplete([CommandChoice])
    case modal(ModalPayload)

    var type: InteractionCallbackType {
        switch self {
        case .pong: .pong
        case .message: .channelMessageWithSource
        case .deferredMessage: .deferredChannelMessageWithSource
        case .deferredUpdate: .deferredUpdateMessage
        case .updateMessage: .updateMessage
        case .autocomplete: .applicationCommandAutocompleteResult
        case .modal: .modal
        }
    }

    private enum CodingKeys: String, CodingKey { case type, data }
    private enum AutocompleteKeys: String, CodingKey { case choices }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        switch self {
        case .pong, .deferredUpdate:
            break
        case .message(let payload), .updateMessage(let payload):
            try c.encode(payload, forKey: .data)
        case .deferredMessage(let ephemeral):
            if ephemeral { try c.encode(MessagePayload(flags: .ephemeral), forKey: .data) }
        case .autocomplete(let choices):
            var data = c.nestedContainer(keyedBy: AutocompleteKeys.self, forKey: .data)
            try data.encode(choices, forKey: .choices)
        case .modal(let modal):
            try c.encode(modal, forKey: .data)
        }
    }
}

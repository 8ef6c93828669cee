/// What an interaction handler returns; ``InteractionResponder`` turns it into Discord's
/// response type, initial or as an edit of `@original` after a deferral.
///
/// ```swift
/// router.command(["dice", "roll"], options: .init(feature: "dice")) { context in
///     .message(MessagePayload(content: "🎲 4"))
/// }
/// ```
enum InteractionReply: Hashable, Sendable {
    /// A new message; `ephemeral` shows it to the invoker only.
    case message(MessagePayload, ephemeral: Bool = false)
    /// Components (and modals opened from one): edit the message the component is on.
    case update(MessagePayload)
    /// Must be the initial response (Discord allows no modal after a deferral).
    case modal(ModalPayload)
    case autocomplete([CommandChoice])
    /// Nothing to show: a component is acknowledged silently (type 6).
    case none

    /// A message only the invoker sees.
    static func ephemeral(_ content: String) -> InteractionReply {
        .message(MessagePayload(content: content), ephemeral: true)
    }
}

/// An interaction's `data`, whose shape depends on the interaction type
/// (discord-docs/interactions/receiving-and-responding.mdx, "Interaction Data").
enum InteractionData: Hashable, Sendable {
    /// APPLICATION_COMMAND and APPLICATION_COMMAND_AUTOCOMPLETE.
    case command(ApplicationCommandData)
    case component(MessageComponentData)
    case modalSubmit(ModalSubmitData)
}

import Logging

/// What a handler receives: the interaction, the part of it that was routed on, and a logger
/// whose lines carry the interaction's log fields.
///
/// ```swift
/// router.command(["sign-up", "join"], options: .init(feature: "sign-up")) { context in
///     let team = context.command?.option("team")
///     context.logger.info("joined")
///     return .ephemeral("Welcome aboard")
/// }
/// ```
struct InteractionContext: Sendable {
    let interaction: Interaction
    /// The `feature` the handler was registered with.
    let feature: String
    /// The command path joined by spaces, or the custom_id prefix.
    let action: String
    /// Messages after the first response, while the interaction's token lives (15 minutes).
    let followUps: InteractionFollowUps
    let logger: Logger
    /// The language to answer in (``LanguageResolver``): the guild's setting, ru by default.
    var language: Language = .default

    /// Set for commands and autocomplete.
    var command: ApplicationCommandData? {
        if case .command(let data)? = interaction.data { return data }
        return nil
    }

    var component: MessageComponentData? {
        if case .component(let data)? = interaction.data { return data }
        return nil
    }

    var modal: ModalSubmitData? {
        if case .modalSubmit(let data)? = interaction.data { return data }
        return nil
    }

    /// The component's or modal's custom_id, parsed; nil for commands.
    var customID: CustomID? {
        let raw = component?.customID ?? modal?.customID
        return raw.flatMap { try? CustomID(parsing: $0) }
    }

    var guildID: Snowflake? { interaction.guildID }

    var user: User? { interaction.invokingUser }

    /// A catalog text in the interaction's language.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Localizer.text(key, values, in: language)
    }

    /// `count` with its noun, in the interaction's language (``Localizer/plural(_:_:in:)``).
    func plural(_ key: String, _ count: Int) -> String {
        Localizer.plural(key, count, in: language)
    }

    /// The router's own refusal for a button or command that no longer applies, in this language.
    var unavailable: InteractionReply { .ephemeral(text(MessageKeys.Interaction.unavailable)) }

    /// The refusal for a guild-only action reached from a DM, in this language.
    var guildOnly: InteractionReply { .ephemeral(text(MessageKeys.Interaction.guildOnly)) }
}

/// How the dice feature words a roll and a roll it could not read, in the reply's language.
///
/// ```swift
/// let reply = RollReply.rolled(roll, by: "Ada", saved: nil, ephemeral: false, in: context.language)
/// let refusal = RollReply.unreadable("4d6kh", error, in: context.language)
/// ```
enum RollReply {
    static func rolled(_ roll: DiceRoll, by name: String, saved: String? = nil, ephemeral: Bool, in language: Language) -> InteractionReply {
        let who = "**\(DiscordMarkdown.escape(name))**"
        let header = saved.map { Localizer.text(MessageKeys.Dice.Roll.headerSaved, ["name": who, "saved": DiscordMarkdown.escape($0)], in: language) }
            ?? Localizer.text(MessageKeys.Dice.Roll.header, ["name": who], in: language)
        let body = DiceRollFormatter.text(for: roll, maximumLength: RequestLimits.contentLength - header.count - 1, in: language)
        return .message(MessagePayload(content: "\(header)\n\(body)", allowedMentions: .nobody), ephemeral: ephemeral)
    }

    /// The error, a caret under where it went wrong, and examples of what does work.
    static func unreadable(_ input: String, _ error: DiceError, in language: Language) -> InteractionReply {
        let why = Localizer.text(MessageKeys.Dice.Roll.unreadable, ["error": error.message(in: language)], in: language)
        let examples = Localizer.text(MessageKeys.Dice.Roll.examples, in: language)
        return .ephemeral("\(why)\n```\n\(error.caretDiagram(for: input))\n```\n\(examples)")
    }
}

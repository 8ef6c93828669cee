/// How the dice feature words a roll and a roll it could not read.
///
/// ```swift
/// let reply = RollReply.rolled(roll, by: "Ada", saved: nil, ephemeral: false)
/// let refusal = RollReply.unreadable("4d6kh", error)
/// ```
enum RollReply {
    static let examples = "Examples: `2d6+3`, `4d6kh3`, `1d20+5 attack`, `6 4d6kh3`, `10d10>=8`."

    static func rolled(_ roll: DiceRoll, by name: String, saved: String? = nil, ephemeral: Bool) -> InteractionReply {
        let who = "**\(DiscordMarkdown.escape(name))**"
        let header = saved.map { "🎲 \(who) rolls *\(DiscordMarkdown.escape($0))*" } ?? "🎲 \(who) rolls"
        let body = DiceRollFormatter.text(for: roll, maximumLength: RequestLimits.contentLength - header.count - 1)
        return .message(MessagePayload(content: "\(header)\n\(body)", allowedMentions: .nobody), ephemeral: ephemeral)
    }

    static func unreadable(_ input: String, _ error: DiceError) -> InteractionReply {
        .ephemeral("I couldn't read that roll: \(error.message).\n```\n\(error.caretDiagram(for: input))\n```\n\(examples)")
    }
}

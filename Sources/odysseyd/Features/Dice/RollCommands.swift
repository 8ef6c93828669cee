import Foundation

/// `/roll dice|save|use|list|delete`: rolling an expression, and rolls saved by name.
///
/// Discord lets a command with subcommands not be invoked on its own, so the roll itself is
/// `/roll dice`; saved rolls sit beside it under the same command.
///
/// ```swift
/// RollCommands(feature: "dice", store: SavedRollStore(database: pool), randomness: .system, now: { Date() })
///     .register(on: &router)
/// ```
struct RollCommands: Sendable {
    let feature: String
    let store: SavedRollStore
    let randomness: DiceRandomness
    let now: @Sendable () -> Date
    let roller = DiceRoller()

    static var definition: ApplicationCommandDefinition {
        let expression = ApplicationCommandOption(type: .string, name: "expression", description: "What to roll, like 2d6+3, 4d6kh3 or 1d20+5 attack",
                                                  required: true, minLength: 1, maxLength: DiceLimits.standard.maximumLength)
        let mode = ApplicationCommandOption(type: .string, name: "mode", description: "Roll each d20 with advantage or disadvantage", choices: [
            CommandChoice(name: "advantage", value: .string(RollMode.advantage.rawValue)),
            CommandChoice(name: "disadvantage", value: .string(RollMode.disadvantage.rawValue)),
        ])
        let secret = ApplicationCommandOption(type: .boolean, name: "private", description: "Only you see the result")
        let savedName = ApplicationCommandOption(type: .string, name: "name", description: "The saved roll's name", required: true,
                                                 minLength: 1, maxLength: 32, autocomplete: true)
        return ApplicationCommandDefinition(name: "roll", description: "Roll dice", options: [
            ApplicationCommandOption(type: .subcommand, name: "dice", description: "Roll a dice expression",
                                     options: [expression, mode, secret]),
            ApplicationCommandOption(type: .subcommand, name: "save", description: "Save an expression under a name", options: [
                ApplicationCommandOption(type: .string, name: "name", description: "A short name, like attack", required: true,
                                         minLength: 1, maxLength: 32),
                expression,
            ]),
            ApplicationCommandOption(type: .subcommand, name: "use", description: "Roll one of your saved rolls",
                                     options: [savedName, mode, secret]),
            ApplicationCommandOption(type: .subcommand, name: "list", description: "List your saved rolls"),
            ApplicationCommandOption(type: .subcommand, name: "delete", description: "Delete one of your saved rolls", options: [savedName]),
        ])
    }

    func register(on router: inout InteractionRouter) {
        let options = InteractionHandlerOptions(feature: feature)
        let rolling = InteractionHandlerOptions(feature: feature, privateOption: "private")
        let privately = InteractionHandlerOptions(feature: feature, ephemeral: true)
        router.command(["roll", "dice"], options: rolling) { context in
            let expression = context.string("expression") ?? ""
            return roll(expression, saved: nil, context: context)
        }
        router.command(["roll", "save"], options: privately) { context in try await save(context) }
        router.command(["roll", "use"], options: rolling) { context in
            guard let user = context.user, let name = context.string("name") else { return .ephemeral(context.text(MessageKeys.Dice.Saved.nameMissing)) }
            guard let saved = try await store.find(name, user: user.id) else {
                return .ephemeral(context.text(MessageKeys.Dice.Saved.notFound, ["name": DiscordMarkdown.escape(name)]))
            }
            return roll(saved.expression, saved: saved.name, context: context)
        }
        router.command(["roll", "list"], options: privately) { context in
            guard let user = context.user else { return context.unavailable }
            let rolls = try await store.list(user: user.id)
            guard !rolls.isEmpty else { return .ephemeral(context.text(MessageKeys.Dice.Saved.listEmpty)) }
            let lines = rolls.map { "**\(DiscordMarkdown.escape($0.name))** — \(DiscordMarkdown.code($0.expression))" }
            let title = context.text(MessageKeys.Dice.Saved.listTitle, ["count": String(rolls.count), "maximum": String(SavedRollStore.maximumPerUser)])
            return .message(MessagePayload(embeds: [Embed(title: title, description: lines.joined(separator: "\n"))]), ephemeral: true)
        }
        router.command(["roll", "delete"], options: privately) { context in
            guard let user = context.user, let name = context.string("name") else { return .ephemeral(context.text(MessageKeys.Dice.Saved.nameMissing)) }
            let deleted = try await store.delete(name, user: user.id)
            let values = ["name": DiscordMarkdown.escape(name)]
            return .ephemeral(context.text(deleted ? MessageKeys.Dice.Saved.deleted : MessageKeys.Dice.Saved.deleteNotFound, values))
        }
        for path in [["roll", "use"], ["roll", "delete"]] {
            router.autocomplete(path, options: options) { context in
                guard let user = context.user else { return .autocomplete([]) }
                let typed = context.typedText.lowercased()
                let choices = try await store.list(user: user.id)
                    .filter { typed.isEmpty || $0.name.lowercased().contains(typed) }
                    .prefix(RequestLimits.autocompleteChoiceCount)
                    .map { CommandChoice(name: "\($0.name) — \($0.expression)".prefix(100).description, value: .string($0.name)) }
                return .autocomplete(Array(choices))
            }
        }
    }

    private func roll(_ expression: String, saved: String?, context: InteractionContext) -> InteractionReply {
        let mode = context.string("mode").flatMap(RollMode.init(rawValue:)) ?? .normal
        var generator = randomness
        do {
            let result = try roller.roll(expression, mode: mode, using: &generator)
            return RollReply.rolled(result, by: context.invokerName, saved: saved, ephemeral: context.boolean("private") ?? false,
                                    in: context.language)
        } catch {
            return RollReply.unreadable(expression, error, in: context.language)
        }
    }

    private func save(_ context: InteractionContext) async throws -> InteractionReply {
        guard let user = context.user, let name = context.string("name")?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
              let expression = context.string("expression")?.trimmingCharacters(in: .whitespaces) else {
            return .ephemeral(context.text(MessageKeys.Dice.Saved.saveMissing))
        }
        do {
            try roller.validate(expression)
        } catch {
            return RollReply.unreadable(expression, error, in: context.language)
        }
        let values = ["name": DiscordMarkdown.escape(name), "expression": DiscordMarkdown.code(expression)]
        switch try await store.save(SavedRoll(name: name, expression: expression), user: user.id, at: now()) {
        case .created: return .ephemeral(context.text(MessageKeys.Dice.Saved.created, values))
        case .replaced: return .ephemeral(context.text(MessageKeys.Dice.Saved.replaced, values))
        case .limitReached:
            let rolls = context.plural(MessageKeys.Dice.Saved.count, SavedRollStore.maximumPerUser)
            return .ephemeral(context.text(MessageKeys.Dice.Saved.limitReached, ["rolls": rolls]))
        }
    }
}

import Foundation

/// `/character add|list|remove|select`: a player's characters, each with an initiative modifier
/// and notes; the selected (active) one is who `/init join` brings by default.
///
/// ```swift
/// CharacterCommands(feature: "dice", store: CharacterStore(pool: pool), now: { Date() }).register(on: &router)
/// ```
struct CharacterCommands: Sendable {
    let feature: String
    let store: CharacterStore
    let now: @Sendable () -> Date

    static var definition: ApplicationCommandDefinition {
        let name = ApplicationCommandOption(type: .string, name: "name", description: "The character's name", required: true,
                                            minLength: 1, maxLength: PlayerCharacter.maximumNameLength, autocomplete: true)
        return ApplicationCommandDefinition(name: "character", description: "Your characters for initiative", options: [
            ApplicationCommandOption(type: .subcommand, name: "add", description: "Add a character", options: [
                ApplicationCommandOption(type: .string, name: "name", description: "The character's name", required: true,
                                         minLength: 1, maxLength: PlayerCharacter.maximumNameLength),
                ApplicationCommandOption(type: .integer, name: "initiative", description: "Initiative modifier, like 3 or -1",
                                         minValue: .integer(Int64(PlayerCharacter.modifierRange.lowerBound)),
                                         maxValue: .integer(Int64(PlayerCharacter.modifierRange.upperBound))),
                ApplicationCommandOption(type: .string, name: "notes", description: "Anything to remember",
                                         maxLength: PlayerCharacter.maximumNotesLength),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "list", description: "List your characters"),
            ApplicationCommandOption(type: .subcommand, name: "remove", description: "Remove a character", options: [name]),
            ApplicationCommandOption(type: .subcommand, name: "select", description: "Make a character the one you play", options: [name]),
        ])
    }

    func register(on router: inout InteractionRouter) {
        let options = InteractionHandlerOptions(feature: feature, ephemeral: true)
        router.command(["character", "add"], options: options) { context in try await add(context) }
        router.command(["character", "list"], options: options) { context in
            guard let user = context.user else { return context.unavailable }
            let characters = try await store.list(user: user.id)
            guard !characters.isEmpty else { return .ephemeral(context.text(MessageKeys.Dice.Characters.listEmpty)) }
            let fields = characters.map { character in
                EmbedField(name: "\(character.active ? "★ " : "")\(DiscordMarkdown.escape(character.name))".prefix(RequestLimits.embedFieldNameLength).description,
                           value: Self.summary(of: character, in: context.language).prefix(RequestLimits.embedFieldValueLength).description)
            }
            return .message(MessagePayload(embeds: [Embed(title: context.text(MessageKeys.Dice.Characters.listTitle),
                                                          description: context.text(MessageKeys.Dice.Characters.listLegend),
                                                          fields: fields)]), ephemeral: true)
        }
        router.command(["character", "remove"], options: options) { context in
            guard let user = context.user, let name = context.string("name") else { return context.unavailable }
            guard let removed = try await store.remove(name, user: user.id) else { return Self.unknown(name, context) }
            let key = removed.active ? MessageKeys.Dice.Characters.removedActive : MessageKeys.Dice.Characters.removed
            return .ephemeral(context.text(key, ["name": DiscordMarkdown.escape(removed.name)]))
        }
        router.command(["character", "select"], options: options) { context in
            guard let user = context.user, let name = context.string("name") else { return context.unavailable }
            guard let selected = try await store.select(name, user: user.id) else { return Self.unknown(name, context) }
            return .ephemeral(context.text(MessageKeys.Dice.Characters.selected, ["name": DiscordMarkdown.escape(selected.name),
                                                                                "modifier": Self.signed(selected.initiativeModifier)]))
        }
        for path in [["character", "remove"], ["character", "select"]] {
            router.autocomplete(path, options: options) { context in
                guard let user = context.user else { return .autocomplete([]) }
                return .autocomplete(try await Self.choices(store.list(user: user.id), typed: context.typedText))
            }
        }
    }

    /// Autocomplete choices for a player's characters matching what they typed.
    static func choices(_ characters: [PlayerCharacter], typed: String) -> [CommandChoice] {
        let typed = typed.lowercased()
        return characters.filter { typed.isEmpty || $0.name.lowercased().contains(typed) }
            .prefix(RequestLimits.autocompleteChoiceCount)
            .map { CommandChoice(name: "\($0.name) (\(signed($0.initiativeModifier)))".prefix(100).description, value: .string($0.name)) }
    }

    static func signed(_ value: Int) -> String {
        value < 0 ? "\(value)" : "+\(value)"
    }

    private func add(_ context: InteractionContext) async throws -> InteractionReply {
        guard let user = context.user, let name = context.string("name")?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            return .ephemeral(context.text(MessageKeys.Dice.Characters.nameMissing))
        }
        let modifier = Int(context.integer("initiative") ?? 0)
        guard PlayerCharacter.modifierRange.contains(modifier) else {
            return .ephemeral(context.text(MessageKeys.Dice.Characters.modifierRange, [
                "minimum": String(PlayerCharacter.modifierRange.lowerBound), "maximum": String(PlayerCharacter.modifierRange.upperBound),
            ]))
        }
        let notes = context.string("notes") ?? ""
        guard name.count <= PlayerCharacter.maximumNameLength, notes.count <= PlayerCharacter.maximumNotesLength else {
            return .ephemeral(context.text(MessageKeys.Dice.Characters.tooLong, [
                "name_length": context.plural(MessageKeys.Dice.Limit.characters, PlayerCharacter.maximumNameLength),
                "notes_length": context.plural(MessageKeys.Dice.Limit.characters, PlayerCharacter.maximumNotesLength),
            ]))
        }
        switch try await store.add(name: name, initiativeModifier: modifier, notes: notes, user: user.id, at: now()) {
        case .added(let character):
            let key = character.active ? MessageKeys.Dice.Characters.addedActive : MessageKeys.Dice.Characters.added
            return .ephemeral(context.text(key, ["name": DiscordMarkdown.escape(character.name), "modifier": Self.signed(modifier)]))
        case .duplicateName:
            return .ephemeral(context.text(MessageKeys.Dice.Characters.duplicate, ["name": DiscordMarkdown.escape(name)]))
        case .limitReached:
            let characters = context.plural(MessageKeys.Dice.Characters.count, CharacterStore.maximumPerUser)
            return .ephemeral(context.text(MessageKeys.Dice.Characters.limitReached, ["characters": characters]))
        }
    }

    private static func summary(of character: PlayerCharacter, in language: Language) -> String {
        let notes = character.notes.isEmpty ? "" : "\n\(DiscordMarkdown.escape(character.notes))"
        return Localizer.text(MessageKeys.Dice.Characters.summary, ["modifier": signed(character.initiativeModifier)], in: language) + notes
    }

    private static func unknown(_ name: String, _ context: InteractionContext) -> InteractionReply {
        .ephemeral(context.text(MessageKeys.Dice.Characters.unknown, ["name": DiscordMarkdown.escape(name)]))
    }
}

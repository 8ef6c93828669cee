import Foundation

/// `/init join|add|list|next|remove|reset` and the tracker message's Next and Join buttons.
///
/// Whoever starts a channel's tracker is its game master; they (or anyone with Manage Messages
/// in the channel) add monsters, remove anyone and reset. Players join themselves and may end
/// their own turn.
///
/// ```swift
/// InitiativeCommands(feature: "dice", store: initiative, characters: characters, randomness: .system, now: { Date() })
///     .register(on: &router)
/// ```
struct InitiativeCommands: Sendable {
    /// Initiative totals are stored as `int`; anything beyond this is a typo, not a character.
    static let initiativeRange = -1_000_000...1_000_000
    static let moderatorPermission: DiscordPermissions = .manageMessages

    let feature: String
    let store: InitiativeStore
    let characters: CharacterStore
    let randomness: DiceRandomness
    let now: @Sendable () -> Date
    let roller = DiceRoller()

    static var definition: ApplicationCommandDefinition {
        let expression = ApplicationCommandOption(type: .string, name: "initiative", description: "A roll or a number (default 1d20 + your modifier)",
                                                  minLength: 1, maxLength: DiceLimits.standard.maximumLength)
        return ApplicationCommandDefinition(name: "init", description: "Initiative tracker for this channel", options: [
            ApplicationCommandOption(type: .subcommand, name: "join", description: "Join the initiative order", options: [
                ApplicationCommandOption(type: .string, name: "character", description: "Which of your characters (default: the one you play)",
                                         maxLength: PlayerCharacter.maximumNameLength, autocomplete: true),
                expression,
            ]),
            ApplicationCommandOption(type: .subcommand, name: "add", description: "Add a monster or NPC (game master)", options: [
                ApplicationCommandOption(type: .string, name: "name", description: "Like Goblin 1", required: true,
                                         minLength: 1, maxLength: PlayerCharacter.maximumNameLength),
                ApplicationCommandOption(type: .string, name: "initiative", description: "A roll or a number, like 1d20+2", required: true,
                                         minLength: 1, maxLength: DiceLimits.standard.maximumLength),
                ApplicationCommandOption(type: .integer, name: "modifier", description: "Its initiative modifier, for ties",
                                         minValue: .integer(Int64(PlayerCharacter.modifierRange.lowerBound)),
                                         maxValue: .integer(Int64(PlayerCharacter.modifierRange.upperBound))),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "list", description: "Show the order"),
            ApplicationCommandOption(type: .subcommand, name: "next", description: "End the turn: the next combatant acts"),
            ApplicationCommandOption(type: .subcommand, name: "remove", description: "Take a combatant out of the order", options: [
                ApplicationCommandOption(type: .string, name: "name", description: "Who", required: true,
                                         maxLength: PlayerCharacter.maximumNameLength, autocomplete: true),
            ]),
            ApplicationCommandOption(type: .subcommand, name: "reset", description: "Clear the order for a new combat (game master)"),
        ])
    }

    func register(on router: inout InteractionRouter) {
        let options = InteractionHandlerOptions(feature: feature, guildOnly: true)
        let privately = InteractionHandlerOptions(feature: feature, guildOnly: true, ephemeral: true)
        router.command(["init", "join"], options: options) { context in
            try await join(context, characterName: context.string("character"), expression: context.string("initiative"), fromButton: false)
        }
        router.command(["init", "add"], options: options) { context in try await add(context) }
        router.command(["init", "list"], options: privately) { context in
            guard let channel = context.interaction.channelID, let tracker = try await store.tracker(channel: channel) else {
                return Self.noTracker(context)
            }
            return .message(MessagePayload(embeds: [InitiativeMessage.embed(for: tracker, in: context.language)], allowedMentions: .nobody),
                            ephemeral: true)
        }
        router.command(["init", "next"], options: options) { context in try await next(context, fromButton: false) }
        router.command(["init", "remove"], options: privately) { context in
            guard let (channel, user) = Self.place(context), let name = context.string("name") else { return Self.noTracker(context) }
            let named = ["name": DiscordMarkdown.escape(name)]
            switch try await store.remove(name, channel: channel, by: user, moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
            case .changed: return .ephemeral(context.text(MessageKeys.Initiative.removeDone, named))
            case .noTracker: return Self.noTracker(context)
            case .nothingToDo: return .ephemeral(context.text(MessageKeys.Initiative.removeNotFound, named))
            case .notAllowed: return .ephemeral(context.text(MessageKeys.Initiative.removeNotAllowed, named))
            }
        }
        router.command(["init", "reset"], options: options) { context in
            guard let (channel, user) = Self.place(context) else { return Self.noTracker(context) }
            switch try await store.reset(channel: channel, by: user, moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
            case .changed: return .message(MessagePayload(content: context.text(MessageKeys.Initiative.resetDone)))
            case .noTracker, .nothingToDo: return Self.noTracker(context)
            case .notAllowed(let tracker):
                return .ephemeral(context.text(MessageKeys.Initiative.resetNotAllowed, ["game_master": tracker.gameMasterID.description]))
            }
        }
        router.autocomplete(["init", "join"], options: options) { context in
            guard let user = context.user else { return .autocomplete([]) }
            return .autocomplete(CharacterCommands.choices(try await characters.list(user: user.id), typed: context.typedText))
        }
        router.autocomplete(["init", "remove"], options: options) { context in
            guard let channel = context.interaction.channelID, let tracker = try await store.tracker(channel: channel) else {
                return .autocomplete([])
            }
            let typed = context.typedText.lowercased()
            return .autocomplete(tracker.entries.filter { typed.isEmpty || $0.name.lowercased().contains(typed) }
                .prefix(RequestLimits.autocompleteChoiceCount)
                .map { CommandChoice(name: "\($0.name) (\($0.initiative))".prefix(100).description, value: .string($0.name)) })
        }
        router.component(prefix: InitiativeMessage.nextPrefix, options: options) { context in try await next(context, fromButton: true) }
        router.component(prefix: InitiativeMessage.joinPrefix, options: options) { context in
            try await join(context, characterName: nil, expression: nil, fromButton: true)
        }
    }

    // MARK: Handlers

    private func join(_ context: InteractionContext, characterName: String?, expression: String?, fromButton: Bool) async throws -> InteractionReply {
        guard let (channel, user) = Self.place(context), let guild = context.guildID else { return Self.noTracker(context) }
        let character: PlayerCharacter?
        if let characterName {
            guard let found = try await characters.find(characterName, user: user) else {
                return .ephemeral(context.text(MessageKeys.Initiative.joinNoCharacter, ["name": DiscordMarkdown.escape(characterName)]))
            }
            character = found
        } else {
            character = try await characters.active(user: user)
        }
        let modifier = character?.initiativeModifier ?? 0
        let name = character?.name ?? context.invokerName
        let rolled: (entry: InitiativeStore.NewEntry, roll: DiceRoll)
        switch roll(expression ?? Self.defaultExpression(modifier: modifier), name: name, modifier: modifier, context: context) {
        case .success(let value): rolled = value
        case .failure(let refusal): return refusal.reply
        }
        var entry = rolled.entry
        entry.userID = user
        entry.characterID = character?.id
        switch try await store.join(entry, channel: channel, guild: guild, by: user,
                                    moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
        case .joined(let tracker, let joined):
            if fromButton { return .update(InitiativeMessage.payload(for: tracker, in: context.language)) }
            return .message(MessagePayload(content: Self.joinedText(joined, roll: rolled.roll, tracker: tracker, context: context),
                                           allowedMentions: .nobody))
        case .duplicateName(let existing):
            return .ephemeral(context.text(MessageKeys.Initiative.joinDuplicate, ["name": DiscordMarkdown.escape(existing.name),
                                                                                  "initiative": String(existing.initiative)]))
        case .full:
            return Self.full(context)
        case .notAllowed:
            return context.unavailable
        }
    }

    private func add(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (channel, user) = Self.place(context), let guild = context.guildID,
              let name = context.string("name")?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
              let expression = context.string("initiative") else {
            return .ephemeral(context.text(MessageKeys.Initiative.addMissing))
        }
        let modifier = Int(context.integer("modifier") ?? 0)
        let rolled: (entry: InitiativeStore.NewEntry, roll: DiceRoll)
        switch roll(expression, name: name, modifier: modifier, context: context) {
        case .success(let value): rolled = value
        case .failure(let refusal): return refusal.reply
        }
        switch try await store.join(rolled.entry, channel: channel, guild: guild, by: user,
                                    moderator: context.invokerHas(Self.moderatorPermission), managersOnly: true, at: now()) {
        case .joined(let tracker, let joined):
            return .message(MessagePayload(content: Self.joinedText(joined, roll: rolled.roll, tracker: tracker, context: context),
                                           allowedMentions: .nobody))
        case .duplicateName(let existing):
            return .ephemeral(context.text(MessageKeys.Initiative.addDuplicate, ["existing": DiscordMarkdown.escape(existing.name),
                                                                                 "name": DiscordMarkdown.escape(name)]))
        case .full:
            return Self.full(context)
        case .notAllowed(let tracker):
            return .ephemeral(context.text(MessageKeys.Initiative.addNotAllowed, ["game_master": tracker.gameMasterID.description]))
        }
    }

    private func next(_ context: InteractionContext, fromButton: Bool) async throws -> InteractionReply {
        guard let (channel, user) = Self.place(context) else { return Self.noTracker(context) }
        switch try await store.advance(channel: channel, by: user, moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
        case .changed(let tracker):
            if fromButton { return .update(InitiativeMessage.payload(for: tracker, in: context.language)) }
            guard let current = tracker.current else { return .none }
            let mention = current.userID.map { " <@\($0)>" } ?? ""
            var payload = MessagePayload(content: context.text(MessageKeys.Initiative.nextTurn, [
                "round": String(tracker.round), "name": DiscordMarkdown.escape(current.name), "mention": mention,
            ]))
            payload.allowedMentions = AllowedMentions(users: current.userID.map { [$0] } ?? [])
            return .message(payload)
        case .noTracker:
            return Self.noTracker(context)
        case .nothingToDo:
            return .ephemeral(context.text(MessageKeys.Initiative.nextEmpty))
        case .notAllowed(let tracker):
            let refusal = context.text(MessageKeys.Initiative.nextNotAllowed)
            guard let current = tracker.current else { return .ephemeral(refusal) }
            return .ephemeral(refusal + " " + context.text(MessageKeys.Initiative.nextCurrentTurn, ["name": DiscordMarkdown.escape(current.name)]))
        }
    }

    // MARK: Helpers

    private static func noTracker(_ context: InteractionContext) -> InteractionReply {
        .ephemeral(context.text(MessageKeys.Initiative.noTracker))
    }

    private static func full(_ context: InteractionContext) -> InteractionReply {
        .ephemeral(context.text(MessageKeys.Initiative.full, ["combatants": context.plural(MessageKeys.Initiative.combatants,
                                                                                            InitiativeTracker.maximumEntries)]))
    }

    private static func place(_ context: InteractionContext) -> (channel: Snowflake, user: Snowflake)? {
        guard let channel = context.interaction.channelID, let user = context.user?.id else { return nil }
        return (channel, user)
    }

    static func defaultExpression(modifier: Int) -> String {
        modifier == 0 ? "1d20" : "1d20\(CharacterCommands.signed(modifier))"
    }

    /// Rolls the initiative and the roll-off; a refusal says why the expression does not do.
    private func roll(_ expression: String, name: String, modifier: Int,
                      context: InteractionContext) -> Result<(entry: InitiativeStore.NewEntry, roll: DiceRoll), RollRefusal> {
        var generator = randomness
        let result: DiceRoll
        do {
            result = try roller.roll(expression, using: &generator)
        } catch {
            return .failure(RollRefusal(reply: RollReply.unreadable(expression, error, in: context.language)))
        }
        guard result.lines.count == 1, let total = result.lines.first?.total else {
            let rolls = context.plural(MessageKeys.Initiative.rolls, result.lines.count)
            return .failure(RollRefusal(reply: .ephemeral(context.text(MessageKeys.Initiative.rollNotOne, ["rolls": rolls]))))
        }
        guard Self.initiativeRange.contains(total) else {
            return .failure(RollRefusal(reply: .ephemeral(context.text(MessageKeys.Initiative.rollOutOfRange, ["total": String(total)]))))
        }
        let entry = InitiativeStore.NewEntry(name: name, expression: result.expression, initiative: total, modifier: modifier,
                                             tiebreak: Int.random(in: 1...1_000_000, using: &generator))
        return .success((entry, result))
    }

    private static func joinedText(_ entry: InitiativeEntry, roll: DiceRoll, tracker: InitiativeTracker, context: InteractionContext) -> String {
        let place = (tracker.entries.firstIndex { $0.id == entry.id } ?? 0) + 1
        // A huge pool's every die would crowd out the message; the tracker shows the total anyway.
        let detail = roll.lines.first.map { $0.detail.count <= 1500 ? $0.detail : DiscordMarkdown.code(roll.expression) } ?? ""
        return context.text(MessageKeys.Initiative.joined, [
            "name": DiscordMarkdown.escape(entry.name), "detail": detail, "initiative": String(entry.initiative),
            "place": String(place), "count": String(tracker.entries.count),
        ])
    }
}

/// A reply refusing an initiative roll, as an error so it can travel in a `Result`.
struct RollRefusal: Error {
    let reply: InteractionReply
}

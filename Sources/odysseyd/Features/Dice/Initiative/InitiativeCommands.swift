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
                return Self.noTracker
            }
            return .message(MessagePayload(embeds: [InitiativeMessage.embed(for: tracker)], allowedMentions: .nobody), ephemeral: true)
        }
        router.command(["init", "next"], options: options) { context in try await next(context, fromButton: false) }
        router.command(["init", "remove"], options: privately) { context in
            guard let (channel, user) = Self.place(context), let name = context.string("name") else { return Self.noTracker }
            switch try await store.remove(name, channel: channel, by: user, moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
            case .changed: return .ephemeral("Removed **\(DiscordMarkdown.escape(name))** from the order.")
            case .noTracker: return Self.noTracker
            case .nothingToDo: return .ephemeral("Nobody called **\(DiscordMarkdown.escape(name))** is in the order.")
            case .notAllowed: return .ephemeral("Only the game master, a moderator or its own player can remove **\(DiscordMarkdown.escape(name))**.")
            }
        }
        router.command(["init", "reset"], options: options) { context in
            guard let (channel, user) = Self.place(context) else { return Self.noTracker }
            switch try await store.reset(channel: channel, by: user, moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
            case .changed: return .message(MessagePayload(content: "🧹 Initiative cleared. `/init join` to start a new combat."))
            case .noTracker, .nothingToDo: return Self.noTracker
            case .notAllowed(let tracker): return .ephemeral("Only the game master (<@\(tracker.gameMasterID)>) or a moderator can reset the order.")
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
        guard let (channel, user) = Self.place(context), let guild = context.guildID else { return Self.noTracker }
        let character: PlayerCharacter?
        if let characterName {
            guard let found = try await characters.find(characterName, user: user) else {
                return .ephemeral("You have no character called **\(DiscordMarkdown.escape(characterName))**. `/character add` creates one.")
            }
            character = found
        } else {
            character = try await characters.active(user: user)
        }
        let modifier = character?.initiativeModifier ?? 0
        let name = character?.name ?? context.invokerName
        let rolled: (entry: InitiativeStore.NewEntry, roll: DiceRoll)
        switch roll(expression ?? Self.defaultExpression(modifier: modifier), name: name, modifier: modifier) {
        case .success(let value): rolled = value
        case .failure(let refusal): return refusal.reply
        }
        var entry = rolled.entry
        entry.userID = user
        entry.characterID = character?.id
        switch try await store.join(entry, channel: channel, guild: guild, by: user,
                                    moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
        case .joined(let tracker, let joined):
            if fromButton { return .update(InitiativeMessage.payload(for: tracker)) }
            return .message(MessagePayload(content: Self.joinedText(joined, roll: rolled.roll, tracker: tracker), allowedMentions: .nobody))
        case .duplicateName(let existing):
            return .ephemeral("**\(DiscordMarkdown.escape(existing.name))** is already in the order with \(existing.initiative). `/init remove` first to roll again.")
        case .full:
            return .ephemeral("The order is full (\(InitiativeTracker.maximumEntries) combatants).")
        case .notAllowed:
            return .ephemeral(InteractionRouter.unavailableText)
        }
    }

    private func add(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (channel, user) = Self.place(context), let guild = context.guildID,
              let name = context.string("name")?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
              let expression = context.string("initiative") else {
            return .ephemeral("Name the combatant and give its initiative.")
        }
        let modifier = Int(context.integer("modifier") ?? 0)
        let rolled: (entry: InitiativeStore.NewEntry, roll: DiceRoll)
        switch roll(expression, name: name, modifier: modifier) {
        case .success(let value): rolled = value
        case .failure(let refusal): return refusal.reply
        }
        switch try await store.join(rolled.entry, channel: channel, guild: guild, by: user,
                                    moderator: context.invokerHas(Self.moderatorPermission), managersOnly: true, at: now()) {
        case .joined(let tracker, let joined):
            return .message(MessagePayload(content: Self.joinedText(joined, roll: rolled.roll, tracker: tracker), allowedMentions: .nobody))
        case .duplicateName(let existing):
            return .ephemeral("**\(DiscordMarkdown.escape(existing.name))** is already in the order. Give this one another name, like “\(DiscordMarkdown.escape(name)) 2”.")
        case .full:
            return .ephemeral("The order is full (\(InitiativeTracker.maximumEntries) combatants).")
        case .notAllowed(let tracker):
            return .ephemeral("Only the game master (<@\(tracker.gameMasterID)>) or a moderator can add combatants.")
        }
    }

    private func next(_ context: InteractionContext, fromButton: Bool) async throws -> InteractionReply {
        guard let (channel, user) = Self.place(context) else { return Self.noTracker }
        switch try await store.advance(channel: channel, by: user, moderator: context.invokerHas(Self.moderatorPermission), at: now()) {
        case .changed(let tracker):
            if fromButton { return .update(InitiativeMessage.payload(for: tracker)) }
            guard let current = tracker.current else { return .none }
            let mention = current.userID.map { " <@\($0)>" } ?? ""
            var payload = MessagePayload(content: "▶️ Round \(tracker.round): **\(DiscordMarkdown.escape(current.name))**’s turn.\(mention)")
            payload.allowedMentions = AllowedMentions(users: current.userID.map { [$0] } ?? [])
            return .message(payload)
        case .noTracker:
            return Self.noTracker
        case .nothingToDo:
            return .ephemeral("Nobody is in the order yet: `/init join` first.")
        case .notAllowed(let tracker):
            let turn = tracker.current.map { " It is **\(DiscordMarkdown.escape($0.name))**’s turn." } ?? ""
            return .ephemeral("Only the game master, a moderator or the combatant whose turn it is can end the turn.\(turn)")
        }
    }

    // MARK: Helpers

    private static let noTracker = InteractionReply.ephemeral("There is no initiative in this channel yet: `/init join` starts one.")

    private static func place(_ context: InteractionContext) -> (channel: Snowflake, user: Snowflake)? {
        guard let channel = context.interaction.channelID, let user = context.user?.id else { return nil }
        return (channel, user)
    }

    static func defaultExpression(modifier: Int) -> String {
        modifier == 0 ? "1d20" : "1d20\(CharacterCommands.signed(modifier))"
    }

    /// Rolls the initiative and the roll-off; a refusal says why the expression does not do.
    private func roll(_ expression: String, name: String, modifier: Int) -> Result<(entry: InitiativeStore.NewEntry, roll: DiceRoll), RollRefusal> {
        var generator = randomness
        let result: DiceRoll
        do {
            result = try roller.roll(expression, using: &generator)
        } catch {
            return .failure(RollRefusal(reply: RollReply.unreadable(expression, error)))
        }
        guard result.lines.count == 1, let total = result.lines.first?.total else {
            return .failure(RollRefusal(reply: .ephemeral("Initiative is one roll, not \(result.lines.count).")))
        }
        guard Self.initiativeRange.contains(total) else {
            return .failure(RollRefusal(reply: .ephemeral("An initiative of \(total) is out of range.")))
        }
        let entry = InitiativeStore.NewEntry(name: name, expression: result.expression, initiative: total, modifier: modifier,
                                             tiebreak: Int.random(in: 1...1_000_000, using: &generator))
        return .success((entry, result))
    }

    private static func joinedText(_ entry: InitiativeEntry, roll: DiceRoll, tracker: InitiativeTracker) -> String {
        let place = (tracker.entries.firstIndex { $0.id == entry.id } ?? 0) + 1
        // A huge pool's every die would crowd out the message; the tracker shows the total anyway.
        let detail = roll.lines.first.map { $0.detail.count <= 1500 ? $0.detail : DiscordMarkdown.code(roll.expression) } ?? ""
        return "⚔️ **\(DiscordMarkdown.escape(entry.name))** joins the initiative: \(detail) = **\(entry.initiative)** (\(place) of \(tracker.entries.count))."
    }
}

/// A reply refusing an initiative roll, as an error so it can travel in a `Result`.
struct RollRefusal: Error {
    let reply: InteractionReply
}

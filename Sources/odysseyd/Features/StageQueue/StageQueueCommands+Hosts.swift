import Foundation

/// What hosts do: call the next performer, reorder, remove, pause and clear. Every handler checks
/// the host rule itself, since it is "a permission or a role", which the router cannot say.
extension StageQueueCommands {
    func next(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings, context) }
        switch try await store.next(guild: guild, by: user, at: now()) {
        case .nothingToDo:
            return Self.reply(context.text(MessageKeys.StageQueue.nextNothing), context)
        case .called(let queue, let previous, let performer):
            // Discord is asked only after the call committed: a refused promotion never undoes it.
            var promotion: StagePromotion.Result?
            if settings.promotesOnStage, let stage = settings.stageChannelID {
                let promoter = StagePromotion(rest: context.followUps.rest, logger: context.logger)
                if let previous, previous != performer { await promoter.demote(previous, guild: guild, stage: stage) }
                if let performer {
                    let result = await promoter.promote(performer, guild: guild, stage: stage)
                    try await store.recordPromotion(result, of: performer, guild: guild, stage: stage, by: user, at: now())
                    promotion = result
                }
            }
            if let performer {
                await onActivity(.called(guild: guild, performer: performer, interaction: context.interaction.id, at: now()))
            }
            return Self.reply(Self.calledText(previous: previous, performer: performer, promotion: promotion,
                                              stage: settings.stageChannelID, remaining: queue.entries.count, in: context.language),
                              context)
        }
    }

    static func calledText(previous: Snowflake?, performer: Snowflake?, promotion: StagePromotion.Result?, stage: Snowflake?,
                           remaining: Int, in language: Language) -> String {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        guard let performer else {
            // Nobody was waiting: only the previous performer (always there, or nothing changed) leaves.
            return previous.map { text(MessageKeys.StageQueue.nextFinished, ["member": $0.description]) }
                ?? text(MessageKeys.StageQueue.nextNothing)
        }
        let stageID = stage.map(\.description) ?? ""
        var values = ["member": performer.description, "waiting": StageQueueText.waiting(remaining, in: language)]
        switch promotion {
        case .promoted?:
            values["stage"] = stageID
            return text(MessageKeys.StageQueue.nextPromoted, values)
        case .notPromoted(let failure)?:
            values["reason"] = stage.map { failure.text(stage: $0, in: language) } ?? ""
            return text(MessageKeys.StageQueue.nextNotPromoted, values)
        case nil:
            return text(MessageKeys.StageQueue.nextCalled, values)
        }
    }

    func remove(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context), let member = Self.member(context) else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings, context) }
        let values = ["member": member.description]
        switch try await store.leave(guild: guild, user: member, by: user, at: now()) {
        case .left(let queue, _, let wasCurrent):
            let key = wasCurrent ? MessageKeys.StageQueue.removedFromStage : MessageKeys.StageQueue.removedFromQueue
            return Self.reply(context.text(key, values), queue: queue, context)
        case .notQueued(let queue):
            return Self.reply(context.text(MessageKeys.StageQueue.memberNotQueued, values), queue: queue, context)
        }
    }

    func move(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context), let member = Self.member(context),
              let position = context.integer("position") else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings, context) }
        let clamped = Int(clamping: position)
        switch try await store.move(guild: guild, user: member, to: clamped, by: user, at: now()) {
        case .moved(let queue, let from, let to):
            let text = from == to
                ? context.text(MessageKeys.StageQueue.moveStays, ["member": member.description, "position": String(to)])
                : context.text(MessageKeys.StageQueue.moved, ["member": member.description, "from": String(from), "to": String(to)])
            return Self.reply(text, queue: queue, context)
        case .notQueued(let queue):
            return Self.reply(context.text(MessageKeys.StageQueue.memberNotQueued, ["member": member.description]), queue: queue, context)
        }
    }

    func setPaused(_ paused: Bool, _ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings, context) }
        let (queue, changed) = try await store.setPaused(paused, guild: guild, by: user, at: now())
        let key = switch (paused, changed) {
        case (true, true): MessageKeys.StageQueue.paused
        case (true, false): MessageKeys.StageQueue.alreadyPaused
        case (false, true): MessageKeys.StageQueue.resumed
        case (false, false): MessageKeys.StageQueue.notPaused
        }
        return Self.reply(context.text(key), queue: queue, context)
    }

    /// Asks first: a clear cannot be undone, so it takes a second, deliberate click.
    func askToClear(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, _) = Self.place(context) else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings, context) }
        let queue = try await store.queue(guild: guild)
        var question = queue.entries.isEmpty ? context.text(MessageKeys.StageQueue.clearConfirmEmpty)
            : context.plural(MessageKeys.StageQueue.clearConfirm, queue.entries.count)
        if let current = queue.currentUserID {
            question += " " + context.text(MessageKeys.StageQueue.clearConfirmOnStage, ["member": current.description])
        }
        let confirm = Button(style: .danger, label: context.text(MessageKeys.StageQueue.clearButton),
                             customID: "\(StageQueueMessage.clearPrefix):\(guild)")
        return .message(MessagePayload(content: question, components: [.actionRow(ActionRow([.button(confirm)]))], allowedMentions: .nobody),
                        ephemeral: true)
    }

    /// The confirmation button: checks the host rule again, as anyone holding the message could click.
    func clear(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings, context) }
        let (_, removed) = try await store.clear(guild: guild, by: user, at: now())
        // A new private message rather than an update of the (ephemeral) confirmation, which
        // stays clickable: a second click finds an empty queue and changes nothing.
        guard removed > 0 else { return Self.reply(context.text(MessageKeys.StageQueue.clearNothing), context) }
        return Self.reply(context.plural(MessageKeys.StageQueue.cleared, removed), context)
    }
}

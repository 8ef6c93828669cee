import Foundation

/// What hosts do: call the next performer, reorder, remove, pause and clear. Every handler checks
/// the host rule itself, since it is "a permission or a role", which the router cannot say.
extension StageQueueCommands {
    func next(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings) }
        switch try await store.next(guild: guild, by: user, at: now()) {
        case .nothingToDo:
            return Self.reply("Nobody is waiting and nobody is on stage.")
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
                                              stage: settings.stageChannelID, remaining: queue.entries.count))
        }
    }

    static func calledText(previous: Snowflake?, performer: Snowflake?, promotion: StagePromotion.Result?, stage: Snowflake?,
                           remaining: Int) -> String {
        let waiting = "\(StageQueueText.waiting(remaining))."
        guard let performer else {
            return "\(previous.map { "<@\($0)> is off stage. " } ?? "")The queue is empty. \(waiting)"
        }
        switch promotion {
        case .promoted?:
            return "🎤 <@\(performer)> is up and now a speaker in <#\(stage.map(\.description) ?? "")>. \(waiting)"
        case .notPromoted(let reason)?:
            return "🎤 <@\(performer)> is called, but could not be promoted to speaker: \(reason). \(waiting)"
        case nil:
            return "🎤 <@\(performer)> is up. \(waiting)"
        }
    }

    func remove(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context), let member = Self.member(context) else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings) }
        switch try await store.leave(guild: guild, user: member, by: user, at: now()) {
        case .left(let queue, _, let wasCurrent):
            return Self.reply("Removed <@\(member)> from the \(wasCurrent ? "stage" : "queue").", queue: queue)
        case .notQueued(let queue):
            return Self.reply("<@\(member)> is not in the queue.", queue: queue)
        }
    }

    func move(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context), let member = Self.member(context),
              let position = context.integer("position") else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings) }
        let clamped = Int(clamping: position)
        switch try await store.move(guild: guild, user: member, to: clamped, by: user, at: now()) {
        case .moved(let queue, let from, let to):
            let text = from == to ? "<@\(member)> stays at #\(to)." : "Moved <@\(member)> from #\(from) to #\(to)."
            return Self.reply(text, queue: queue)
        case .notQueued(let queue):
            return Self.reply("<@\(member)> is not in the queue.", queue: queue)
        }
    }

    func setPaused(_ paused: Bool, _ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings) }
        let (queue, changed) = try await store.setPaused(paused, guild: guild, by: user, at: now())
        switch (paused, changed) {
        case (true, true): return Self.reply("⏸️ Sign-ups are paused. `/sign-up resume` opens them again.", queue: queue)
        case (true, false): return Self.reply("Sign-ups were already paused.", queue: queue)
        case (false, true): return Self.reply("▶️ Sign-ups are open again.", queue: queue)
        case (false, false): return Self.reply("Sign-ups were not paused.", queue: queue)
        }
    }

    /// Asks first: a clear cannot be undone, so it takes a second, deliberate click.
    func askToClear(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, _) = Self.place(context) else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings) }
        let queue = try await store.queue(guild: guild)
        let onStage = queue.currentUserID.map { " and <@\($0)> leaves the stage" } ?? ""
        let confirm = Button(style: .danger, label: "Clear the queue", customID: "\(StageQueueMessage.clearPrefix):\(guild)")
        return .message(MessagePayload(content: "Clear the queue? \(StageQueueText.waiting(queue.entries.count)) will be removed\(onStage).",
                                       components: [.actionRow(ActionRow([.button(confirm)]))], allowedMentions: .nobody),
                        ephemeral: true)
    }

    /// The confirmation button: checks the host rule again, as anyone holding the message could click.
    func clear(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        guard Self.isHost(context, settings: settings) else { return Self.hostsOnly(settings) }
        let (_, removed) = try await store.clear(guild: guild, by: user, at: now())
        // A new private message rather than an update of the (ephemeral) confirmation, which
        // stays clickable: a second click finds an empty queue and changes nothing.
        guard removed > 0 else { return Self.reply("🧹 The queue is empty and the stage is free.") }
        return Self.reply("🧹 Queue cleared: \(removed == 1 ? "1 member" : "\(removed) members") removed.")
    }
}

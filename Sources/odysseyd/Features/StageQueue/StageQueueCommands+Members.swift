import Foundation

/// What every member may do: join, leave, look at the queue.
extension StageQueueCommands {
    func join(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return context.unavailable }
        let settings = try await settings.settings(guild: guild)
        if let role = settings.signUpRoleID, !(context.interaction.member?.roles.contains(role) ?? false) {
            return Self.reply(context.text(MessageKeys.StageQueue.roleRequired, ["role": role.description]), context)
        }
        switch try await store.join(guild: guild, user: user, at: now()) {
        case .joined(let queue, let position):
            await onActivity(.joined(guild: guild, member: user, interaction: context.interaction.id, at: now()))
            return Self.reply(context.text(MessageKeys.StageQueue.joined, Self.positionValues(position, in: queue)), queue: queue, context)
        case .alreadyQueued(let queue, let position):
            return Self.reply(context.text(MessageKeys.StageQueue.alreadyQueued, Self.positionValues(position, in: queue)), queue: queue, context)
        case .paused(let queue):
            return Self.reply(context.text(MessageKeys.StageQueue.joinPaused), queue: queue, context)
        }
    }

    func leave(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return context.unavailable }
        switch try await store.leave(guild: guild, user: user, by: user, at: now()) {
        case .left(let queue, let position, let wasCurrent):
            let key = position == nil ? MessageKeys.StageQueue.leftStage
                : (wasCurrent ? MessageKeys.StageQueue.leftQueueAndStage : MessageKeys.StageQueue.leftQueue)
            return Self.reply(context.text(key, ["waiting": StageQueueText.waiting(queue.entries.count, in: context.language)]), context)
        case .notQueued:
            return Self.reply(context.text(MessageKeys.StageQueue.leaveNotQueued), context)
        }
    }

    func list(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return context.unavailable }
        let queue = try await store.queue(guild: guild)
        let mine = queue.position(of: user).map { context.text(MessageKeys.StageQueue.listPosition, Self.positionValues($0, in: queue)) }
            ?? context.text(MessageKeys.StageQueue.listNotQueued)
        return Self.reply(mine, queue: queue, context)
    }

    /// The `{position}` and `{count}` of "#2 of 3".
    static func positionValues(_ position: Int, in queue: StageQueue) -> [String: String] {
        ["position": String(position), "count": String(queue.entries.count)]
    }
}

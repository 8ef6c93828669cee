import Foundation

/// What every member may do: join, leave, look at the queue.
extension StageQueueCommands {
    func join(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return Self.unavailable }
        let settings = try await settings.settings(guild: guild)
        if let role = settings.signUpRoleID, !(context.interaction.member?.roles.contains(role) ?? false) {
            return Self.reply("You need the <@&\(role)> role to sign up for the stage.")
        }
        switch try await store.join(guild: guild, user: user, at: now()) {
        case .joined(let queue, let position):
            await onActivity(.joined(guild: guild, member: user, interaction: context.interaction.id, at: now()))
            return Self.reply("✅ You're in the queue: \(StageQueueText.position(position, of: queue.entries.count)).", queue: queue)
        case .alreadyQueued(let queue, let position):
            return Self.reply("You're already in the queue: \(StageQueueText.position(position, of: queue.entries.count)).", queue: queue)
        case .paused(let queue):
            return Self.reply("⏸️ Sign-ups are paused right now, so you can't join. Try again when the host resumes the queue.", queue: queue)
        }
    }

    func leave(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return Self.unavailable }
        switch try await store.leave(guild: guild, user: user, by: user, at: now()) {
        case .left(let queue, let position, let wasCurrent):
            let what = position == nil ? "You're off the stage" : (wasCurrent ? "You left the queue and the stage" : "You left the queue")
            return Self.reply("👋 \(what). \(StageQueueText.waiting(queue.entries.count)).")
        case .notQueued:
            return Self.reply("You're not in the queue. `/sign-up join` to sign up.")
        }
    }

    func list(_ context: InteractionContext) async throws -> InteractionReply {
        guard let (guild, user) = Self.place(context) else { return Self.unavailable }
        let queue = try await store.queue(guild: guild)
        let mine = queue.position(of: user).map { "You're \(StageQueueText.position($0, of: queue.entries.count))." }
            ?? "You're not in the queue."
        return Self.reply(mine, queue: queue)
    }
}

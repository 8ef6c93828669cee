/// The queue message in the sign-up channel: who is on stage, who waits in which order, and the
/// Join and Leave buttons. The buttons carry the guild and everything else is read from
/// PostgreSQL when they are pressed, so they keep working after a restart.
///
/// ```swift
/// let payload = StageQueueMessage.payload(for: queue)
/// _ = try await rest.editMessage(channel: channel, message: id, payload: payload)
/// ```
enum StageQueueMessage {
    static let joinPrefix = "stage-join"
    static let leavePrefix = "stage-leave"
    /// The confirmation button `/sign-up clear` shows the host.
    static let clearPrefix = "stage-clear"
    /// Lines listed before "…and n more"; the embed description holds 4096 characters.
    static let listedEntries = 50
    /// Discord's blurple: the queue reads as the bot's, not as an alert.
    static let color = 0x5865F2

    static func payload(for queue: StageQueue) -> MessagePayload {
        MessagePayload(embeds: [embed(for: queue)], components: [.actionRow(buttons(for: queue))], allowedMentions: .nobody)
    }

    /// Mentions in an embed never ping, and show each member's current name.
    static func embed(for queue: StageQueue) -> Embed {
        var lines = ["🎤 On stage: " + (queue.currentUserID.map { "<@\($0)>" } ?? "nobody yet")]
        lines.append("")
        if queue.entries.isEmpty {
            lines.append(queue.paused ? "Nobody is waiting." : "Nobody is waiting. Press **Join** or use `/sign-up join`.")
        } else {
            lines += queue.entries.prefix(listedEntries).map { "`\($0.position).` <@\($0.userID)>" }
            if queue.entries.count > listedEntries { lines.append("…and \(queue.entries.count - listedEntries) more") }
        }
        if queue.paused {
            lines.append("")
            lines.append("⏸️ Sign-ups are paused.")
        }
        return Embed(title: queue.paused ? "Stage sign-up queue (paused)" : "Stage sign-up queue",
                     description: lines.joined(separator: "\n"), color: color,
                     footer: EmbedFooter(text: StageQueueText.waiting(queue.entries.count)))
    }

    static func buttons(for queue: StageQueue) -> ActionRow {
        let guild = queue.guildID.description
        return ActionRow([
            .button(Button(style: .primary, label: "Join", customID: "\(joinPrefix):\(guild)", disabled: queue.paused)),
            .button(Button(style: .secondary, label: "Leave", customID: "\(leavePrefix):\(guild)")),
        ])
    }
}

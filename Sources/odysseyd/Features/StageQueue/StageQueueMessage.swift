/// The queue message in the sign-up channel: who is on stage, who waits in which order, and the
/// Join and Leave buttons. The buttons carry the guild and everything else is read from
/// PostgreSQL when they are pressed, so they keep working after a restart. Rendered in the
/// guild's language by whoever posts it (the refresh job, an ephemeral reply).
///
/// ```swift
/// let payload = StageQueueMessage.payload(for: queue, in: .ru)
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

    static func payload(for queue: StageQueue, in language: Language) -> MessagePayload {
        MessagePayload(embeds: [embed(for: queue, in: language)], components: [.actionRow(buttons(for: queue, in: language))],
                       allowedMentions: .nobody)
    }

    /// Mentions in an embed never ping, and show each member's current name.
    static func embed(for queue: StageQueue, in language: Language) -> Embed {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        var lines = [queue.currentUserID.map { text(MessageKeys.StageQueue.messageOnStage, ["member": $0.description]) }
            ?? text(MessageKeys.StageQueue.messageNobodyOnStage)]
        lines.append("")
        if queue.entries.isEmpty {
            lines.append(text(queue.paused ? MessageKeys.StageQueue.messageEmpty : MessageKeys.StageQueue.messageEmptyOpen))
        } else {
            lines += queue.entries.prefix(listedEntries).map { "`\($0.position).` <@\($0.userID)>" }
            if queue.entries.count > listedEntries {
                lines.append(Localizer.plural(MessageKeys.StageQueue.messageMore, queue.entries.count - listedEntries, in: language))
            }
        }
        if queue.paused {
            lines.append("")
            lines.append(text(MessageKeys.StageQueue.messagePaused))
        }
        return Embed(title: text(queue.paused ? MessageKeys.StageQueue.messageTitlePaused : MessageKeys.StageQueue.messageTitle),
                     description: lines.joined(separator: "\n"), color: color,
                     footer: EmbedFooter(text: StageQueueText.waiting(queue.entries.count, in: language)))
    }

    static func buttons(for queue: StageQueue, in language: Language) -> ActionRow {
        let guild = queue.guildID.description
        return ActionRow([
            .button(Button(style: .primary, label: Localizer.text(MessageKeys.StageQueue.joinButton, in: language),
                           customID: "\(joinPrefix):\(guild)", disabled: queue.paused)),
            .button(Button(style: .secondary, label: Localizer.text(MessageKeys.StageQueue.leaveButton, in: language),
                           customID: "\(leavePrefix):\(guild)")),
        ])
    }
}

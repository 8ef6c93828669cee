/// The tracker message: the order with whose turn it is, the round, and the Next and Join
/// buttons. The buttons carry the channel, and everything else is read from PostgreSQL when they
/// are pressed, so they keep working after a restart.
///
/// ```swift
/// let payload = InitiativeMessage.payload(for: tracker)
/// _ = try await rest.editMessage(channel: tracker.channelID, message: id, payload: payload)
/// ```
enum InitiativeMessage {
    static let nextPrefix = "init-next"
    static let joinPrefix = "init-join"
    /// Discord's blurple: the tracker reads as the bot's, not as an alert.
    static let color = 0x5865F2

    static func payload(for tracker: InitiativeTracker) -> MessagePayload {
        MessagePayload(embeds: [embed(for: tracker)], components: [.actionRow(buttons(for: tracker))], allowedMentions: .nobody)
    }

    static func embed(for tracker: InitiativeTracker) -> Embed {
        let title = tracker.hasStarted ? "Initiative — round \(tracker.round)" : "Initiative — not started"
        var lines = tracker.entries.map { line(for: $0, current: $0.id == tracker.currentEntryID) }
        if lines.isEmpty {
            lines = ["Nobody has joined yet. Press **Join** or use `/init join`."]
        } else if !tracker.hasStarted {
            lines.append("")
            lines.append("Press **Next turn** to start combat.")
        }
        lines.append("")
        lines.append("Game master: <@\(tracker.gameMasterID)>")
        return Embed(title: title, description: lines.joined(separator: "\n"), color: color)
    }

    static func line(for entry: InitiativeEntry, current: Bool) -> String {
        let owner = entry.userID.map { " — <@\($0)>" } ?? ""
        let marker = current ? "▶️" : "▫️"
        let name = DiscordMarkdown.escape(entry.name)
        let text = "`\(String(entry.initiative).leftPadded(to: 3))` \(name)\(owner)"
        return "\(marker) \(current ? "**\(text)**" : text)"
    }

    static func buttons(for tracker: InitiativeTracker) -> ActionRow {
        let channel = tracker.channelID.description
        return ActionRow([
            .button(Button(style: .primary, label: tracker.hasStarted ? "Next turn" : "Start combat",
                           customID: "\(nextPrefix):\(channel)", disabled: tracker.entries.isEmpty)),
            .button(Button(style: .secondary, label: "Join", customID: "\(joinPrefix):\(channel)")),
        ])
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

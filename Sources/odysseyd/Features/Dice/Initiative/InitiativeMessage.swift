/// The tracker message: the order with whose turn it is, the round, and the Next and Join
/// buttons. The buttons carry the channel, and everything else is read from PostgreSQL when they
/// are pressed, so they keep working after a restart.
///
/// Rendering is pure: the caller passes the guild's ``Language`` (the interaction's, or the
/// refresh job's ``LanguageResolver``), so a button press and a refresh render the same message.
///
/// ```swift
/// let payload = InitiativeMessage.payload(for: tracker, in: .ru)
/// _ = try await rest.editMessage(channel: tracker.channelID, message: id, payload: payload)
/// ```
enum InitiativeMessage {
    static let nextPrefix = "init-next"
    static let joinPrefix = "init-join"
    /// Discord's blurple: the tracker reads as the bot's, not as an alert.
    static let color = 0x5865F2

    static func payload(for tracker: InitiativeTracker, in language: Language) -> MessagePayload {
        MessagePayload(embeds: [embed(for: tracker, in: language)], components: [.actionRow(buttons(for: tracker, in: language))],
                       allowedMentions: .nobody)
    }

    static func embed(for tracker: InitiativeTracker, in language: Language) -> Embed {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        let title = tracker.hasStarted
            ? text(MessageKeys.Initiative.titleRound, ["round": String(tracker.round)])
            : text(MessageKeys.Initiative.titleNotStarted)
        var lines = tracker.entries.map { line(for: $0, current: $0.id == tracker.currentEntryID) }
        if lines.isEmpty {
            lines = [text(MessageKeys.Initiative.messageEmpty, ["button": text(MessageKeys.Initiative.buttonJoin)])]
        } else if !tracker.hasStarted {
            lines.append("")
            // Names the button as it is labelled now, so the hint and the button never disagree.
            lines.append(text(MessageKeys.Initiative.messageStartHint, ["button": nextLabel(for: tracker, in: language)]))
        }
        lines.append("")
        lines.append(text(MessageKeys.Initiative.messageGameMaster, ["game_master": tracker.gameMasterID.description]))
        return Embed(title: title, description: lines.joined(separator: "\n"), color: color)
    }

    static func line(for entry: InitiativeEntry, current: Bool) -> String {
        let owner = entry.userID.map { " — <@\($0)>" } ?? ""
        let marker = current ? "▶️" : "▫️"
        let name = DiscordMarkdown.escape(entry.name)
        let text = "`\(String(entry.initiative).leftPadded(to: 3))` \(name)\(owner)"
        return "\(marker) \(current ? "**\(text)**" : text)"
    }

    static func buttons(for tracker: InitiativeTracker, in language: Language) -> ActionRow {
        let channel = tracker.channelID.description
        return ActionRow([
            .button(Button(style: .primary, label: nextLabel(for: tracker, in: language),
                           customID: "\(nextPrefix):\(channel)", disabled: tracker.entries.isEmpty)),
            .button(Button(style: .secondary, label: Localizer.text(MessageKeys.Initiative.buttonJoin, in: language),
                           customID: "\(joinPrefix):\(channel)")),
        ])
    }

    /// "Start combat" before the first turn, "Next turn" after.
    private static func nextLabel(for tracker: InitiativeTracker, in language: Language) -> String {
        Localizer.text(tracker.hasStarted ? MessageKeys.Initiative.buttonNext : MessageKeys.Initiative.buttonStart, in: language)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// The `/mileage leaderboard` message: one page of ranks with Previous and Next buttons, in the
/// guild's language. The buttons carry the guild and the page they lead to, so they work after a
/// restart and every click reads the current totals (and the current language).
///
/// ```swift
/// let payload = try MileageLeaderboardMessage.payload(for: try await ledger.leaderboard(guild: guild, page: 0), guild: guild,
///                                                     language: context.language)
/// ```
enum MileageLeaderboardMessage {
    static let prefix = "mileage-lb"
    static let color = 0xF1C40F

    static func payload(for page: MileageLedger.Page, guild: Snowflake, language: Language) throws -> MessagePayload {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        let lines = page.entries.map {
            text(MessageKeys.Mileage.leaderboardLine, ["rank": String($0.rank), "user": $0.userID.description,
                                                       "points": MileageText.points($0.points, in: language)])
        }
        let embed = Embed(title: text(MessageKeys.Mileage.leaderboardTitle),
                          description: lines.isEmpty ? text(MessageKeys.Mileage.leaderboardEmpty) : lines.joined(separator: "\n"),
                          color: color,
                          footer: EmbedFooter(text: text(MessageKeys.Mileage.leaderboardPage,
                                                         ["page": String(page.page + 1), "pages": String(page.pageCount)])))
        let previous = Button(style: .secondary, label: text(MessageKeys.Mileage.leaderboardPrevious),
                              customID: try customID(guild: guild, page: page.page - 1), disabled: page.page == 0)
        let next = Button(style: .secondary, label: text(MessageKeys.Mileage.leaderboardNext),
                          customID: try customID(guild: guild, page: page.page + 1), disabled: page.page + 1 >= page.pageCount)
        return MessagePayload(embeds: [embed], components: [.actionRow(ActionRow([.button(previous), .button(next)]))],
                              allowedMentions: .nobody)
    }

    /// `mileage-lb:<guild>:<page>`; the two buttons differ in their page, so their ids differ too.
    static func customID(guild: Snowflake, page: Int) throws -> String {
        try CustomID(prefix, [guild.description, String(max(page, 0))]).encoded()
    }
}

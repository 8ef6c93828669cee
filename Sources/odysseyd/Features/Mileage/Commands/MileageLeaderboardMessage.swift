/// The `/mileage leaderboard` message: one page of ranks with Previous and Next buttons. The
/// buttons carry the guild and the page they lead to, so they work after a restart and every
/// click reads the current totals.
///
/// ```swift
/// let payload = try MileageLeaderboardMessage.payload(for: try await ledger.leaderboard(guild: guild, page: 0), guild: guild)
/// ```
enum MileageLeaderboardMessage {
    static let prefix = "mileage-lb"
    static let color = 0xF1C40F

    static func payload(for page: MileageLedger.Page, guild: Snowflake) throws -> MessagePayload {
        let lines = page.entries.map { "**\($0.rank).** <@\($0.userID)> — \($0.points) mi" }
        let embed = Embed(title: "Mileage leaderboard",
                          description: lines.isEmpty ? "Nobody has earned mileage yet." : lines.joined(separator: "\n"),
                          color: color, footer: EmbedFooter(text: "Page \(page.page + 1) of \(page.pageCount)"))
        let previous = Button(style: .secondary, label: "Previous", customID: try customID(guild: guild, page: page.page - 1),
                              disabled: page.page == 0)
        let next = Button(style: .secondary, label: "Next", customID: try customID(guild: guild, page: page.page + 1),
                          disabled: page.page + 1 >= page.pageCount)
        return MessagePayload(embeds: [embed], components: [.actionRow(ActionRow([.button(previous), .button(next)]))],
                              allowedMentions: .nobody)
    }

    /// `mileage-lb:<guild>:<page>`; the two buttons differ in their page, so their ids differ too.
    static func customID(guild: Snowflake, page: Int) throws -> String {
        try CustomID(prefix, [guild.description, String(max(page, 0))]).encoded()
    }
}

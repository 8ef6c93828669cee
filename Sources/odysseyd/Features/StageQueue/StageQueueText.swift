/// Wording shared by the queue message, replies and announcements.
enum StageQueueText {
    /// "Nobody is waiting", "1 waiting", "3 waiting" («Ждут выступления 3 человека»): no sentence
    /// period, since the queue message's footer shows it alone.
    static func waiting(_ count: Int, in language: Language) -> String {
        count == 0 ? Localizer.text(MessageKeys.StageQueue.nobodyWaiting, in: language)
            : Localizer.plural(MessageKeys.StageQueue.waiting, count, in: language)
    }

    /// Mute Members as the member's Discord client names it («Отключать участникам микрофон»):
    /// what hosts need, and what the bot needs to promote a speaker.
    static func hostPermission(in language: Language) -> String {
        StageQueueCommands.hostPermission.names(in: language).joined(separator: ", ")
    }
}

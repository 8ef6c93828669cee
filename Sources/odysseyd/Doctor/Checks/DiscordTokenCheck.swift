/// `discord-token`: `GET /users/@me` with the bot's token; Discord answers 401 to a wrong,
/// reset or revoked one.
///
/// ```swift
/// let result = await DiscordTokenCheck(rest: configured ? rest : nil).run(in: .en)
/// ```
struct DiscordTokenCheck: DoctorCheck {
    /// Nil when `DISCORD_TOKEN` is not set.
    let rest: DiscordRESTClient?
    let name = "discord-token"
    let title = "Discord token"
    let summary = "DISCORD_TOKEN is set and Discord accepts it (GET /users/@me)"

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard let rest else { return .failure(say(K.tokenUnset), fix: say(K.tokenUnsetFix)) }
        do {
            let me: User = try await rest.send(DiscordRoute(.get, "/users/@me"))
            return .ok(say(K.tokenValid, ["name": me.username, "id": me.id.description]))
        } catch let error as DiscordAPIError where error.status == 401 {
            return .failure(say(K.tokenRejected), details: ["\(error)"], fix: say(K.tokenRejectedFix))
        } catch {
            return .warning(say(K.tokenUnreachable), details: ["\(error)"], fix: say(K.tokenUnreachableFix))
        }
    }
}

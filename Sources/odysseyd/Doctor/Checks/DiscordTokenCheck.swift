/// `discord-token`: `GET /users/@me` with the bot's token; Discord answers 401 to a wrong,
/// reset or revoked one.
///
/// ```swift
/// let result = await DiscordTokenCheck(rest: configured ? rest : nil).run()
/// ```
struct DiscordTokenCheck: DoctorCheck {
    /// Nil when `DISCORD_TOKEN` is not set.
    let rest: DiscordRESTClient?
    let name = "discord-token"
    let title = "Discord token"
    let summary = "DISCORD_TOKEN is set and Discord accepts it (GET /users/@me)"

    func run() async -> DoctorResult {
        guard let rest else {
            return .failure("DISCORD_TOKEN is not set: no gateway, no commands",
                            fix: "Set DISCORD_TOKEN in the environment file (Developer Portal → Bot → Reset Token), then restart odysseyd")
        }
        do {
            let me: User = try await rest.send(DiscordRoute(.get, "/users/@me"))
            return .ok("valid: the bot is \(me.username) (\(me.id))")
        } catch let error as DiscordAPIError where error.status == 401 {
            return .failure("Discord rejected the token (401 Unauthorized)", details: ["\(error)"],
                            fix: "Reset the bot token in the Developer Portal, put it in DISCORD_TOKEN and restart odysseyd")
        } catch {
            return .warning("could not reach Discord to check the token", details: ["\(error)"],
                            fix: "Check the network and DISCORD_API_BASE_URL")
        }
    }
}

/// `gateway`: every shard of this daemon is connected and ready; a shard stopped by a fatal close
/// code (bad token 4004, disallowed intents 4014…) is a failure with Discord's reason.
///
/// ```swift
/// let result = await GatewayCheck(board: gatewayStatus, configured: configuration.discordToken != nil).run()
/// ```
struct GatewayCheck: DoctorCheck {
    let board: GatewayStatusBoard
    /// False without `DISCORD_TOKEN`: no gateway runs, which `discord-token` already reports.
    let configured: Bool
    let name = "gateway"
    let title = "Discord gateway"
    let summary = "every shard is connected and ready; none stopped by a fatal close code"

    func run() async -> DoctorResult {
        guard configured else {
            return .warning("no gateway runs in this daemon (no DISCORD_TOKEN)", fix: "Set DISCORD_TOKEN and restart odysseyd")
        }
        let shards = await board.shards
        guard !shards.isEmpty else {
            return .warning("the gateway has not started yet (it waits for the schema and GET /gateway/bot)",
                            fix: "If migrations are pending run `odysseyctl migrate`; otherwise see the daemon's log")
        }
        let stopped = await board.stopReasons
        let lines = shards.map { status in
            var line = "shard \(status.shard.id)/\(status.shard.count): \(status.state)"
            if let latency = status.latency { line += ", latency \(Int(latency.seconds * 1000)) ms" }
            if status.reconnects > 0 { line += ", \(status.reconnects) reconnect(s)" }
            if let last = status.lastDisconnect, status.state != .ready { line += ", last: \(last)" }
            return line
        }
        if !stopped.isEmpty {
            return .failure("\(stopped.count) shard(s) stopped for good", details: lines,
                            fix: "Fix what the close reason says (token, intents in the Developer Portal), then restart odysseyd")
        }
        let notReady = shards.filter { $0.state != .ready }
        if !notReady.isEmpty {
            return .warning("\(notReady.count) of \(shards.count) shard(s) not ready", details: lines,
                            fix: "Usually transient (reconnecting); if it stays, see the daemon's log")
        }
        return .ok("\(shards.count) shard(s) ready", details: lines)
    }
}

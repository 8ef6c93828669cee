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

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        guard configured else { return .warning(say(K.gatewayUnconfigured), fix: say(K.setTokenFix)) }
        let shards = await board.shards
        guard !shards.isEmpty else { return .warning(say(K.gatewayNotStarted), fix: say(K.gatewayNotStartedFix)) }
        let stopped = await board.stopReasons
        // The state and the disconnect reason are the gateway's own words (and Discord's), as logged.
        let lines = shards.map { status in
            var parts = [say(K.gatewayShard, ["shard": "\(status.shard.id)", "shards": "\(status.shard.count)", "state": "\(status.state)"])]
            if let latency = status.latency { parts.append(say(K.gatewayLatency, ["ms": "\(Int(latency.seconds * 1000))"])) }
            if status.reconnects > 0 { parts.append(say.plural(K.gatewayReconnects, status.reconnects)) }
            if let last = status.lastDisconnect, status.state != .ready { parts.append(say(K.gatewayLast, ["reason": "\(last)"])) }
            return parts.joined(separator: ", ")
        }
        if !stopped.isEmpty {
            return .failure(say.plural(K.gatewayStopped, stopped.count), details: lines, fix: say(K.gatewayStoppedFix))
        }
        let notReady = shards.filter { $0.state != .ready }
        if !notReady.isEmpty {
            return .warning(say(K.gatewayNotReady, ["not_ready": "\(notReady.count)", "total": "\(shards.count)"]), details: lines,
                            fix: say(K.gatewayNotReadyFix))
        }
        return .ok(say.plural(K.gatewayReady, shards.count), details: lines)
    }
}

import Shared

/// How the Discord sandbox runs: where it listens, and how long an injected interaction waits for
/// the bot.
///
/// ```swift
/// var configuration = DiscordSandboxConfiguration()          // 127.0.0.1:8090
/// configuration.port = 0                                      // any free port (tests)
/// ```
struct DiscordSandboxConfiguration: Sendable {
    var host = SandboxDefaults.host
    var port = SandboxDefaults.port
    /// The longest ``DiscordSandbox/injectInteraction(_:)`` waits for the acknowledgement and,
    /// after a defer, the edited response.
    var interactionTimeout: Duration = .seconds(10)
    /// Heartbeat interval the gateway announces in HELLO (Discord sends 41 250 ms).
    var heartbeatInterval: Duration = .milliseconds(41_250)
    var shardCount = 1

    init(host: String = SandboxDefaults.host, port: Int = SandboxDefaults.port) {
        self.host = host
        self.port = port
    }

    /// Reads "host:port" (e.g. "127.0.0.1:8090"); nil when it is not one.
    init?(address: String) {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
              (0...65_535).contains(port) else { return nil }
        let host = String(address[..<colon])
        guard !host.isEmpty else { return nil }
        self.init(host: host, port: port)
    }
}

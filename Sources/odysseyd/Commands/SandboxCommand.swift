import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import Shared

/// `odysseyd sandbox`: a loopback Discord to run the daemon against without a Discord account.
///
/// ```
/// $ odysseyd sandbox &
/// $ DISCORD_API_BASE_URL=http://127.0.0.1:8090/api/v10 DISCORD_TOKEN=sandbox-token odysseyd
/// $ odysseyctl sandbox interact /ping
/// ```
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local Discord sandbox for trying the bot without Discord.",
        discussion: """
            Serves a protocol-level imitation of Discord on a loopback address: the REST API \
            subset the daemon uses under /api/v10 (Discord's JSON bodies, error codes and \
            rate-limit headers), the gateway WebSocket under /gateway, and /sandbox/v1 for \
            injecting interactions. It holds one demo guild, "Odyssey Sandbox", with text, stage \
            and voice channels, roles and four members; state lives in memory and is lost on exit.

            Point a daemon at it with the settings printed on start (DISCORD_API_BASE_URL, \
            DISCORD_TOKEN, DISCORD_APPLICATION_ID), then run a command as a member with \
            `odysseyctl sandbox interact /ping`, or list what to try with `odysseyctl sandbox world`.

            Runs until SIGINT or SIGTERM. The address may also come from \
            $\(SandboxDefaults.addressEnvironmentVariable). The sandbox has no security beyond \
            listening on loopback: do not expose it.
            """
    )

    @Option(
        help: ArgumentHelp(
            "Where to listen, as host:port.",
            discussion: "Defaults to $\(SandboxDefaults.addressEnvironmentVariable) when set, else \(SandboxDefaults.address). Port 0 picks a free port.",
            valueName: "host:port"
        )
    )
    var address: String?

    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: String = "info"

    func validate() throws {
        guard DiscordSandboxConfiguration(address: resolvedAddress) != nil else {
            throw ValidationError("The address \"\(resolvedAddress)\" is not host:port, e.g. \(SandboxDefaults.address).")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("Unknown log level \"\(logLevel)\".")
        }
    }

    private var resolvedAddress: String {
        if let address { return address }
        if let fromEnvironment = ProcessInfo.processInfo.environment[SandboxDefaults.addressEnvironmentVariable], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return SandboxDefaults.address
    }

    func run() async throws {
        guard let configuration = DiscordSandboxConfiguration(address: resolvedAddress) else { throw ExitCode(OdysseyExitCode.usage.rawValue) }
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "odysseyd.sandbox")
        let sandbox = DiscordSandbox(configuration: configuration, logger: logger)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: sandbox)], gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [], logger: logger)
        // A connected bot keeps its WebSocket open; past this the connections are cut.
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(5)
        let group = ServiceGroup(configuration: groupConfiguration)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            // Written at once, not buffered: a script starting the sandbox reads it to know it is up.
            FileHandle.standardOutput.write(Data((await Self.banner(sandbox) + "\n").utf8))
            try await tasks.waitForAll()
        }
    }

    /// What a daemon needs to use the sandbox, and ids to try.
    static func banner(_ sandbox: DiscordSandbox) async -> String {
        let report = await sandbox.world.report()
        var lines = [
            "Discord sandbox listening on \(await sandbox.controlURL())",
            "",
            "Run the daemon against it with:",
            "  DISCORD_API_BASE_URL=\(await sandbox.apiBaseURL())",
            "  DISCORD_TOKEN=\(SandboxDefaults.token)",
            "  DISCORD_APPLICATION_ID=\(report.application.id)",
            "",
            "Gateway: \(await sandbox.gatewayURL()) (leave DISCORD_GATEWAY_URL unset: GET /gateway/bot names it)",
        ]
        for guild in report.guilds {
            lines.append("")
            lines.append("Guild \(guild.name): \(guild.id)")
            for channel in guild.channels {
                let isText = channel.type == 0 || channel.type == 5
                lines.append("  \(isText ? "#" : "")\(channel.name)  \(channel.id)")
            }
            for member in guild.members where !member.bot {
                lines.append("  @\(member.username)  \(member.userId)  \(member.roles.joined(separator: ", "))")
            }
        }
        lines.append("")
        lines.append("Try: odysseyctl sandbox interact /ping --sandbox \(await sandbox.controlURL())")
        return lines.joined(separator: "\n")
    }
}

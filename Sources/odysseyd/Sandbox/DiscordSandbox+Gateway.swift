import Logging

extension DiscordSandbox {
    /// The gateway every sandbox mounts unless told otherwise: ``SandboxGateway`` for the world's
    /// bot and token, sending the world's guilds after READY.
    static let standardGateway: GatewayFactory = { world, configuration, logger in
        let application = world.application
        return SandboxGateway(configuration: SandboxGatewayConfiguration(
            token: application.token, applicationID: application.id, botUserID: application.bot.id,
            botUsername: application.bot.username, heartbeatInterval: configuration.heartbeatInterval,
            shardCount: configuration.shardCount, guilds: { await world.guildCreatePayloads() }
        ), logger: logger)
    }

    /// No gateway: REST and injection only (tests that answer interactions themselves).
    static let noGateway: GatewayFactory = { _, _, _ in nil }
}

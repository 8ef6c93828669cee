import Foundation
import Logging

/// The Discord side of the composition root: one REST client (one rate limiter) for every call,
/// the feature modules and the router built from them, the responder both interaction paths
/// share, and the command deployer.
///
/// Without `DISCORD_TOKEN` there is no deployer and no gateway; with only `DISCORD_PUBLIC_KEY`
/// the HTTP interactions endpoint still works, since its callbacks need no bot token.
///
/// ```swift
/// let discord = DiscordStack(configuration: configuration, modules: modules, logger: logger)
/// defer { Task { await discord.shutdown() } }
/// ```
struct DiscordStack: Sendable {
    let rest: DiscordRESTClient
    let applicationID: Snowflake?
    let modules: [any FeatureModule]
    let responder: InteractionResponder
    let deployer: CommandDeployer?
    let endpoint: InteractionEndpoint?

    /// `usage` counts the slash commands the responder runs (nil: not counted).
    init(configuration: DaemonConfiguration, modules: [any FeatureModule], usage: CommandUsageRecorder? = nil,
         features: FeatureFlags? = nil, languages: LanguageResolver? = nil, logger: Logger) throws {
        let rest = DiscordRESTClient(baseURL: configuration.discordAPIBaseURL, token: configuration.discordToken ?? "",
                                 limiter: RateLimiter(), httpClient: nil, logger: logger)
        let applicationID = configuration.discordApplicationID.flatMap(Snowflake.init)
        self.rest = rest
        self.applicationID = applicationID
        self.modules = modules
        // Interactions carry their application_id; the fallback only matters for a malformed one.
        let responder = InteractionResponder(router: modules.router, rest: rest, applicationID: applicationID ?? Snowflake(0),
                                         now: { Date() }, usage: usage, features: features, languages: languages, logger: logger)
        self.responder = responder
        deployer = configuration.discordToken == nil ? nil : applicationID.map {
            CommandDeployer(rest: rest, applicationID: $0, declared: CommandLocalizations.localized(modules.flatMap(\.commands)),
                            logger: logger)
        }
        endpoint = try configuration.discordPublicKey.map {
            InteractionEndpoint(verifier: InteractionSignatureVerifier(publicKey: try Ed25519PublicKey(hex: $0)), responder: responder)
        }
    }

    func shutdown() async {
        await rest.shutdown()
    }
}

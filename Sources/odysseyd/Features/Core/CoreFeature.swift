import Foundation
import Shared

/// `/ping` and `/about`: always on, so a new install (or the sandbox) has something to answer.
///
/// ```swift
/// let core = CoreFeature(health: health, gatewayLatency: { await gateway.latency })
/// var router = InteractionRouter()
/// core.register(on: &router)
/// ```
struct CoreFeature: FeatureModule {
    let name = FeatureCatalog.core.name
    let health: DaemonHealth
    /// The last heartbeat round trip; nil before the first ACK or without a gateway.
    let gatewayLatency: @Sendable () async -> Duration?

    var commands: [ApplicationCommandDefinition] {
        [
            ApplicationCommandDefinition(name: "ping", description: "Check that the bot is up and how fast it answers"),
            ApplicationCommandDefinition(name: "about", description: "What runs this bot: version, uptime and health"),
        ]
    }

    func register(on router: inout InteractionRouter) {
        router.command(["ping"], options: InteractionHandlerOptions(feature: name, ephemeral: true)) { [gatewayLatency] _ in
            let latency = await gatewayLatency().map { "\(Int(($0.seconds * 1000).rounded())) ms" } ?? "not measured yet"
            return .message(MessagePayload(content: "Pong! Gateway heartbeat: \(latency)."), ephemeral: true)
        }
        router.command(["about"], options: InteractionHandlerOptions(feature: name, ephemeral: true)) { [health] _ in
            let report = await health.healthReport
            let embed = Embed(
                title: "Odyssey \(OdysseyVersion.current)",
                description: "A Discord community bot running from a Linux server.",
                fields: [
                    EmbedField(name: "Uptime", value: Self.uptimeText(seconds: report.uptime), inline: true),
                    EmbedField(name: "Database", value: report.db, inline: true),
                    EmbedField(name: "Gateway", value: report.discord, inline: true),
                    EmbedField(name: "Jobs", value: report.boss, inline: true),
                ]
            )
            return .message(MessagePayload(embeds: [embed]), ephemeral: true)
        }
    }

    static func uptimeText(seconds: Double) -> String {
        let total = max(Int(seconds), 0)
        let (days, hours, minutes) = (total / 86_400, total % 86_400 / 3_600, total % 3_600 / 60)
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes)m" }
        return "\(minutes)m \(total % 60)s"
    }
}

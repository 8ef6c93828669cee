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
        router.command(["ping"], options: InteractionHandlerOptions(feature: name, ephemeral: true)) { [gatewayLatency] context in
            let latency = await gatewayLatency().map {
                context.text(MessageKeys.Core.latencyMilliseconds, ["milliseconds": String(Int(($0.seconds * 1000).rounded()))])
            } ?? context.text(MessageKeys.Core.latencyUnknown)
            return .message(MessagePayload(content: context.text(MessageKeys.Core.pong, ["latency": latency])), ephemeral: true)
        }
        router.command(["about"], options: InteractionHandlerOptions(feature: name, ephemeral: true)) { [health] context in
            let report = await health.healthReport
            // The health values (ok, fail, ready) stay as /healthz spells them: operators grep for them.
            let embed = Embed(
                title: "Odyssey \(OdysseyVersion.current)",
                description: context.text(MessageKeys.Core.aboutDescription),
                fields: [
                    EmbedField(name: context.text(MessageKeys.Core.aboutUptime),
                               value: Self.uptimeText(seconds: report.uptime, in: context.language), inline: true),
                    EmbedField(name: context.text(MessageKeys.Core.aboutDatabase), value: report.db, inline: true),
                    EmbedField(name: context.text(MessageKeys.Core.aboutGateway), value: report.discord, inline: true),
                    EmbedField(name: context.text(MessageKeys.Core.aboutJobs), value: report.boss, inline: true),
                ]
            )
            return .message(MessagePayload(embeds: [embed]), ephemeral: true)
        }
    }

    /// Shared with `/admin status`.
    static func uptimeText(seconds: Double, in language: Language) -> String {
        let total = max(Int(seconds), 0)
        let (days, hours, minutes) = (total / 86_400, total % 86_400 / 3_600, total % 3_600 / 60)
        let values = ["days": String(days), "hours": String(hours), "minutes": String(minutes), "seconds": String(total % 60)]
        let key = days > 0 ? MessageKeys.Core.uptimeDays : hours > 0 ? MessageKeys.Core.uptimeHours : MessageKeys.Core.uptimeMinutes
        return Localizer.text(key, values, in: language)
    }
}

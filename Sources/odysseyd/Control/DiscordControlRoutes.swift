import Foundation
import Hummingbird
import Shared

/// The control API's `/v1/commands/…` and `/v1/invite` routes.
///
/// `deployer` is nil when no Discord token is configured: plan and deploy then say so (409)
/// instead of failing somewhere in the REST client.
struct DiscordControlRoutes: Sendable {
    let deployer: CommandDeployer?
    let applicationID: Snowflake?
    let features: FeatureFlags
    let schema: SchemaGate

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("commands/plan") { request, _ in
            try await ControlRoutes.mapErrors {
                let scope = try Self.scope(guildID: request.uri.queryParameters.get("guild_id"))
                return try JSONResponse(try await discord { try await requireDeployer().plan(for: scope) })
            }
        }
        v1.post("commands/deploy") { request, _ in
            try await ControlRoutes.mapErrors {
                let body = try await ControlRequestBody.decode(CommandDeployRequest.self, from: request)
                let scope = try Self.scope(guildID: body.guildId)
                return try JSONResponse(try await discord { try await requireDeployer().deploy(to: scope) })
            }
        }
        v1.get("invite") { request, _ in
            try await ControlRoutes.mapErrors {
                guard let applicationID else {
                    throw HTTPError(.conflict, message: "DISCORD_APPLICATION_ID is not configured: the invite URL names the application")
                }
                guard await schema.isRunning else {
                    throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
                }
                let guild = try Self.scope(guildID: request.uri.queryParameters.get("guild_id")).guildID
                let enabled = try await features.enabledNames()
                return try JSONResponse(InviteLink(applicationID: applicationID, features: enabled).report(guild: guild))
            }
        }
    }

    private func requireDeployer() throws -> CommandDeployer {
        guard let deployer else {
            throw HTTPError(.conflict, message: "no DISCORD_TOKEN is configured, so odysseyd cannot read or write Discord's commands; set DISCORD_TOKEN and DISCORD_APPLICATION_ID (or run against the sandbox)")
        }
        return deployer
    }

    /// Discord's refusals become 502 with Discord's words; a declared command over a documented
    /// limit is our bug, said as such.
    private func discord(_ body: () async throws -> CommandPlanReport) async throws -> CommandPlanReport {
        do {
            return try await body()
        } catch let error as DiscordAPIError {
            throw HTTPError(.badGateway, message: "Discord refused: \(error)")
        } catch let error as RequestLimitError {
            throw HTTPError(.internalServerError, message: "the declared commands break Discord's limits: \(error)")
        } catch let error as DiscordRESTClient.TransportError {
            throw HTTPError(.badGateway, message: "Discord could not be reached: \(error)")
        }
    }

    static func scope(guildID: String?) throws -> CommandScope {
        guard let text = guildID?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return .global }
        guard let id = Snowflake(text), id.rawValue > 0 else {
            throw HTTPError(.badRequest, message: "guild id \"\(text)\" is not a snowflake (digits, e.g. 1234567890123456789)")
        }
        return .guild(id)
    }
}

import Foundation
import Hummingbird
import Logging

/// `GET /api/v1/guilds/:guildID/engagement?days=30` for the dashboard: the guild's daily
/// engagement snapshots (active members, events by type, top members), newest first.
///
/// The caller authenticates with a dashboard session from the OAuth bridge
/// (`Authorization: Bearer <sessionId>`) and must be a member of the guild, which the bot asks
/// Discord for (so a member who left loses access at once). JSON keys are camelCase, as the rest
/// of the dashboard API. 401 without a live session, 403 for a guild the user is not in, 404 for one the
/// bot is not in, 400 for a bad id or `days`, 503 in maintenance.
///
/// ```swift
/// EngagementRoutes(bridge: bridge, engagement: store, rest: rest, schemaReady: { await gate.isRunning }, logger: logger)
///     .register(on: router)
/// ```
struct EngagementRoutes: Sendable {
    /// JSON error code for a guild the bot is not in (topics/opcodes-and-status-codes.mdx).
    static let unknownGuild = 10004

    let bridge: OAuthBridge
    let engagement: MileageEngagementStore
    let rest: DiscordRESTClient
    let schemaReady: @Sendable () async -> Bool
    let logger: Logger

    func register(on router: Router<BasicRequestContext>) {
        router.get("api/v1/guilds/:guildID/engagement") { request, context in
            guard await schemaReady() else {
                throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance; try again shortly")
            }
            guard let guild = context.parameters.get("guildID").flatMap(Snowflake.init) else {
                throw HTTPError(.badRequest, message: "the guild id must be a Discord snowflake")
            }
            let days = try Self.days(request.uri.queryParameters.get("days"))
            let session = try await authenticate(request)
            let member: GuildMember?
            do {
                member = try await rest.guildMember(guild: guild, user: session.userID)
            } catch let error as DiscordAPIError where error.code == Self.unknownGuild {
                throw HTTPError(.notFound, message: "the bot is not in this server")
            } catch {
                logger.error("engagement: cannot check guild membership", metadata: ["guild_id": "\(guild)", "error": "\(error)"])
                throw HTTPError(.badGateway, message: "Discord could not confirm your membership of this server; try again shortly")
            }
            guard member != nil else { throw HTTPError(.forbidden, message: "you are not a member of this server") }
            return try OAuthBridgeRoutes.json(try await engagement.report(guild: guild, days: days))
        }
    }

    static func days(_ text: String?) throws -> Int {
        guard let text else { return 30 }
        guard let days = Int(text), (1...MileageEngagementStore.maximumDays).contains(days) else {
            throw HTTPError(.badRequest, message: "days must be a whole number from 1 to \(MileageEngagementStore.maximumDays)")
        }
        return days
    }

    private func authenticate(_ request: Request) async throws -> OAuthSession {
        let header = request.headers[.authorization] ?? ""
        guard header.hasPrefix("Bearer "), let id = OAuthSessionID(text: String(header.dropFirst("Bearer ".count))) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "sign in: send Authorization: Bearer <sessionId>")
        }
        do {
            return try await bridge.activeSession(id)
        } catch OAuthBridgeError.unknownSession {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "the session is unknown, expired or revoked; sign in again")
        }
    }
}

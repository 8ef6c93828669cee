import Foundation
import Hummingbird
import Shared

/// The control API's feature switches and audit trail:
///
/// - `GET /v1/features[?guild_id=]` → ``FeatureListReport``: every feature, on or off, and why;
/// - `POST /v1/features` with ``FeatureSetRequest`` → ``FeatureSetReport`` (a write: the access
///   middleware lets only root, the daemon's user and the admin group through); the caller's uid
///   goes into the audit trail;
/// - `GET /v1/audit[?guild_id=&limit=]` → ``AuditReport``, newest first.
///
/// ```swift
/// FeatureControlRoutes(flags: FeatureFlags(database: pool), pool: pool, schema: gate).register(on: router)
/// ```
struct FeatureControlRoutes: Sendable {
    let flags: FeatureFlags
    let pool: PostgresPool
    let schema: SchemaGate
    var now: @Sendable () -> Date = { Date() }

    static let defaultAuditLimit = 50
    static let maximumAuditLimit = 1000

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("features") { request, _ in
            try await ControlRoutes.mapErrors {
                let guild = try DiscordControlRoutes.scope(guildID: request.uri.queryParameters.get("guild_id")).guildID
                try await requireSchema()
                return try JSONResponse(FeatureListReport(guildId: guild?.description, features: try await flags.states(guild: guild)))
            }
        }
        v1.post("features") { request, context in
            try await ControlRoutes.mapErrors {
                let body = try await ControlRequestBody.decode(FeatureSetRequest.self, from: request)
                let guild = try DiscordControlRoutes.scope(guildID: body.guildId).guildID
                try await requireSchema()
                let peer = try await PeerCredentials.of(context.channel)
                let changed: [String]
                do {
                    changed = try await flags.set(body.names, enabled: body.enabled, guild: guild, by: .operator(uid: peer.uid), at: now(), pool: pool)
                } catch let error as UnknownFeature {
                    throw HTTPError(.badRequest, message: error.description)
                }
                let report = FeatureListReport(guildId: guild?.description, features: try await flags.states(guild: guild))
                return try JSONResponse(FeatureSetReport(changed: changed, report: report))
            }
        }
        v1.get("audit") { request, _ in
            try await ControlRoutes.mapErrors {
                let query = request.uri.queryParameters
                let guild = try DiscordControlRoutes.scope(guildID: query.get("guild_id")).guildID
                let limit = try Self.limit(query.get("limit"))
                try await requireSchema()
                return try JSONResponse(AuditReport(entries: try await AdminAudit(database: pool).list(guild: guild, limit: limit)))
            }
        }
    }

    static func limit(_ text: String?) throws -> Int {
        guard let text, !text.isEmpty else { return defaultAuditLimit }
        guard let limit = Int(text), (1...maximumAuditLimit).contains(limit) else {
            throw HTTPError(.badRequest, message: "limit must be a whole number from 1 to \(maximumAuditLimit)")
        }
        return limit
    }

    private func requireSchema() async throws {
        guard await schema.isRunning else {
            throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
        }
    }
}

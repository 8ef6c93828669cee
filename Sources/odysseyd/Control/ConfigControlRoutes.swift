import Foundation
import Hummingbird
import Shared

/// The control API's per-guild settings, the same registry `/admin config` uses:
///
/// - `GET /v1/config?guild_id=` → ``ConfigListReport``: every key with its value, default and description;
/// - `POST /v1/config` with ``ConfigSetRequest`` → ``ConfigSetReport`` (a write: the access
///   middleware lets only root, the daemon's user and the admin group through). An unknown key or
///   an invalid value is a 400 with the validation message and writes nothing; a change goes to
///   the audit trail with the caller's uid.
///
/// ```swift
/// ConfigControlRoutes(settings: GuildSettingsStore(pool: pool), schema: gate).register(on: router)
/// ```
struct ConfigControlRoutes: Sendable {
    let settings: GuildSettingsStore
    let schema: SchemaGate
    var now: @Sendable () -> Date = { Date() }

    func register(on router: Router<ControlRequestContext>) {
        let v1 = router.group("v1")
        v1.get("config") { request, _ in
            try await ControlRoutes.mapErrors {
                let guild = try Self.guild(request.uri.queryParameters.get("guild_id"))
                try await requireSchema()
                return try JSONResponse(try await report(guild: guild))
            }
        }
        v1.post("config") { request, context in
            try await ControlRoutes.mapErrors {
                let body = try await ControlRequestBody.decode(ConfigSetRequest.self, from: request)
                let guild = try Self.guild(body.guildId)
                guard let key = GuildSettingsStore.Key(rawValue: body.key) else {
                    throw HTTPError(.badRequest, message: "unknown setting \"\(body.key)\"; settings: \(Self.keyList)")
                }
                try await requireSchema()
                let peer = try await PeerCredentials.of(context.channel)
                let change: GuildSettingsStore.Change
                do {
                    change = try await settings.set(key, to: body.value, guild: guild, by: .operator(uid: peer.uid), at: now())
                } catch let error as GuildSettingsStore.InvalidValue {
                    throw HTTPError(.badRequest, message: error.description)
                }
                return try JSONResponse(ConfigSetReport(guildId: guild.description, key: key.rawValue, before: change.before, after: change.after,
                                                        changed: change.changed, setting: Self.setting(key, value: change.after)))
            }
        }
    }

    func report(guild: Snowflake) async throws -> ConfigListReport {
        ConfigListReport(guildId: guild.description,
                         settings: try await settings.values(guild: guild).map { Self.setting($0.key, value: $0.value) })
    }

    static func setting(_ key: GuildSettingsStore.Key, value: String?) -> ConfigSettingReport {
        ConfigSettingReport(key: key.rawValue, value: value, defaultValue: key.defaultValue, expected: key.kind.expected,
                            optional: key.kind.isOptional, description: key.summary)
    }

    static var keyList: String { GuildSettingsStore.Key.allCases.map(\.rawValue).joined(separator: ", ") }

    /// Settings are per server only: there is no global value to change.
    private static func guild(_ text: String?) throws -> Snowflake {
        guard case .guild(let guild) = try DiscordControlRoutes.scope(guildID: text) else {
            throw HTTPError(.badRequest, message: "guild_id is required: settings belong to one server")
        }
        return guild
    }

    private func requireSchema() async throws {
        guard await schema.isRunning else {
            throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Shared
import Testing
@testable import odysseyd

/// The bridge wired as the daemon wires it, against the Discord sandbox and a migrated throwaway
/// PostgreSQL database, with a job clock the test moves.
struct OAuthTestbed: Sendable {
    let harness: SandboxHarness
    let pool: PostgresPool
    let clock: ManualJobClock
    let settings: OAuthBridgeSettings
    let bridge: OAuthBridge
    let store: OAuthSessionStore

    static let redirectURI = "http://127.0.0.1:3000/callback"
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let key = Data((0..<32).map { UInt8($0 * 7 % 256) }).base64EncodedString()

    var world: SandboxWorld { harness.world }

    static func settings(_ overrides: [String: String] = [:]) throws -> OAuthBridgeSettings {
        let values = ["DISCORD_CLIENT_SECRET": SandboxDefaults.clientSecret, "ODYSSEY_TOKEN_KEY": key].merging(overrides) { $1 }
        return try #require(try OAuthBridgeSettings(value: { values[$0] ?? DaemonConfiguration.defaults[$0] ?? "" },
                                                    applicationID: String(SandboxWorld.Demo.applicationID)))
    }

    static func with(_ overrides: [String: String] = [:], _ body: (OAuthTestbed) async throws -> Void) async throws {
        try await SandboxHarness.with { harness in
            try await TestDatabase.with { _, pool in
                _ = try await Migrator(pool: pool, files: try MigrationDirectory.load(from: TestPaths.migrations), logger: .test).apply()
                let clock = ManualJobClock(start)
                var queue = JobQueue(database: pool, handlers: JobHandlers())
                queue.clock = clock
                let store = OAuthSessionStore(pool: pool, queue: queue)
                let settings = try Self.settings(overrides)
                let discord = DiscordOAuthClient(baseURL: await harness.sandbox.apiBaseURL(), clientID: settings.applicationID,
                                                 clientSecret: settings.clientSecret)
                var bridge = OAuthBridge(settings: settings, discord: discord, store: store, logger: .test)
                bridge.now = { clock.now() }
                try await body(OAuthTestbed(harness: harness, pool: pool, clock: clock, settings: settings, bridge: bridge, store: store))
            }
        }
    }

    func code(for user: UInt64 = SandboxWorld.Demo.adaUserID, redirectURI: String = Self.redirectURI,
              scopes: [String] = ["identify", "guilds"]) async throws -> String {
        try await world.mintOAuthCode(for: user, redirectURI: redirectURI, scopes: scopes)
    }

    /// The public routes on a test client.
    func withClient(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = Router()
        OAuthBridgeRoutes(bridge: bridge, schemaReady: { true }, logger: .test).register(on: router)
        try await Application(router: router).test(.router, body)
    }

    /// Requests the sandbox got at the token endpoint.
    func tokenRequests() async -> Int {
        await world.requests.filter { $0.template == "/oauth2/token" }.count
    }
}

extension TestClientProtocol {
    func exchange(_ json: String) async throws -> (status: HTTPResponse.Status, body: String) {
        try await execute(uri: "/admin/oauth/discord/exchange", method: .post, headers: [.contentType: "application/json"],
                          body: ByteBuffer(string: json)) { ($0.status, String(buffer: $0.body)) }
    }

    func exchange(code: String, redirectURI: String = OAuthTestbed.redirectURI) async throws -> (status: HTTPResponse.Status, body: String) {
        let body = try JSONSerialization.data(withJSONObject: ["code": code, "redirectUri": redirectURI, "state": "xyz"])
        return try await exchange(String(decoding: body, as: UTF8.self))
    }

    func session(_ id: String) async throws -> (status: HTTPResponse.Status, body: String) {
        try await execute(uri: "/admin/oauth/session/\(id)", method: .get) { ($0.status, String(buffer: $0.body)) }
    }
}

extension String {
    /// The bridge's JSON answers, decoded as the dashboard would.
    func decoded<Value: Decodable>(as type: Value.Type) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(utf8))
    }
}

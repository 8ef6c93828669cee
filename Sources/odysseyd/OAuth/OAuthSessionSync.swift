import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// The `oauth.session.sync` job: posts a session's summary to the backend named by
/// `ODYSSEY_OAUTH_SYNC_URL`. It runs as a job so the login answers at once; a slow or failing
/// backend is retried with backoff by the job system and ends in the dead letter if it never
/// answers.
///
/// The summary never carries Discord's tokens nor the session id: the backend gets the id's
/// SHA-256 (hex), which it can compute from the id the dashboard holds to match them up.
///
/// ```swift
/// OAuthSessionSync(url: syncURL, store: store, logger: logger).register(on: &handlers)
/// ```
struct OAuthSessionSync: Sendable {
    let url: String
    let store: OAuthSessionStore
    var timeout: Duration = .seconds(10)
    let logger: Logger

    /// What the backend receives (JSON, camelCase like the bridge's own answers).
    struct Summary: Codable, Sendable, Equatable {
        struct User: Codable, Sendable, Equatable {
            var id: String
            var username: String
            var globalName: String?
            var avatar: String?
        }

        var event = "session.created"
        var sessionIdHash: String
        var user: User
        var scopes: [String]
        var createdAt: Date
        var expiresAt: Date
        var revoked: Bool
    }

    func register(on handlers: inout JobHandlers) {
        handlers.register(OAuthSessionJobs.sync.name, definition: OAuthSessionJobs.sync) { context in
            try await post(idHash: try context.payload(as: OAuthSessionJobs.Payload.self).idHash)
        }
    }

    static func summary(of session: OAuthSession) -> Summary {
        Summary(sessionIdHash: session.idHash,
                user: .init(id: session.userID.description, username: session.username, globalName: session.globalName,
                            avatar: session.avatar),
                scopes: session.scopes, createdAt: session.createdAt, expiresAt: session.expiresAt,
                revoked: session.revokedAt != nil)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// Throws on anything but a 2xx, so the job retries; a 4xx other than 408/429 is the
    /// backend refusing this summary for good, which retrying cannot change.
    func post(idHash: String) async throws {
        guard let session = try await store.session(idHash: idHash) else { return }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "odysseyd")
        request.body = .bytes(ByteBuffer(bytes: try Self.encoder.encode(Self.summary(of: session))))
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let status: Result<Int, any Error>
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(timeout.nanosecondCount))
            _ = try await response.body.collect(upTo: 64 * 1024)
            status = .success(Int(response.status.code))
        } catch {
            status = .failure(error)
        }
        try? await client.shutdown()
        let code = try status.get()
        switch code {
        case 200..<300:
            logger.info("oauth session synced", metadata: ["session": "\(idHash.prefix(12))"])
        case 408, 429, 500...:
            throw OAuthSyncError(status: code)
        default:
            throw PermanentJobFailure("the sync backend refused the session summary with \(code)")
        }
    }
}

struct OAuthSyncError: Error, CustomStringConvertible {
    let status: Int
    var description: String { "the sync backend answered \(status)" }
}

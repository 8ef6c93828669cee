import Foundation
import Hummingbird
import Logging

/// The dashboard OAuth bridge on the public server (issue 5):
///
/// - `POST /admin/oauth/discord/exchange` with `{"code", "redirectUri", "state"}` →
///   `{"sessionId", "expiresAt"}`;
/// - `GET /admin/oauth/session/:sessionId` → `{"user": {…}, "scopes", "expiresAt", "createdAt"}`.
///
/// JSON keys are camelCase, as the dashboard sends them. Errors are Hummingbird's
/// `{"error": {"message": …}}`: 400 for a body that is not the expected JSON (naming the field),
/// a redirect URI that is not allowed, or a wrong or reused code (`invalid_grant`); 404 for an
/// unknown, expired or revoked session; 502 when Discord fails otherwise; 503 while migrations are
/// pending. Mounted only when the bridge is configured, so otherwise these paths are 404.
///
/// ```swift
/// OAuthBridgeRoutes(bridge: bridge, schemaReady: { await gate.isRunning }, logger: logger).register(on: router)
/// ```
struct OAuthBridgeRoutes: Sendable {
    let bridge: OAuthBridge
    let schemaReady: @Sendable () async -> Bool
    let logger: Logger

    struct ExchangeRequest: Decodable, Sendable {
        var code: String
        var redirectUri: String
        /// The dashboard checks it against its own cookie before calling; required so a client
        /// that forgot the CSRF step fails loudly here.
        var state: String
    }

    struct ExchangeResponse: Codable, Sendable, Equatable {
        var sessionId: String
        var expiresAt: Date
    }

    struct SessionResponse: Codable, Sendable, Equatable {
        struct User: Codable, Sendable, Equatable {
            var id: String
            var username: String
            var globalName: String?
            var avatar: String?
        }

        var user: User
        var scopes: [String]
        var expiresAt: Date
        var createdAt: Date
    }

    func register(on router: Router<BasicRequestContext>) {
        let oauth = router.group("admin/oauth")
        oauth.post("discord/exchange") { request, _ in
            try await answer {
                let body = try await OAuthRequestBody.decode(ExchangeRequest.self, from: request)
                try Self.check(body)
                let created = try await bridge.exchange(code: body.code, redirectURI: body.redirectUri)
                return try Self.json(ExchangeResponse(sessionId: created.id.text, expiresAt: created.session.expiresAt))
            }
        }
        oauth.get("session/:sessionId") { _, context in
            try await answer {
                guard let id = context.parameters.get("sessionId").flatMap(OAuthSessionID.init(text:)) else {
                    throw OAuthBridgeError.unknownSession
                }
                let session = try await bridge.activeSession(id)
                return try Self.json(SessionResponse(
                    user: .init(id: session.userID.description, username: session.username, globalName: session.globalName,
                                avatar: session.avatar),
                    scopes: session.scopes, expiresAt: session.expiresAt, createdAt: session.createdAt))
            }
        }
    }

    /// Field rules beyond JSON types: present, not empty, of a sane length.
    static func check(_ body: ExchangeRequest) throws {
        for (field, value, limit) in [("code", body.code, 512), ("redirectUri", body.redirectUri, 2048), ("state", body.state, 1024)] {
            guard !value.isEmpty else { throw HTTPError(.badRequest, message: "\(field) is empty") }
            guard value.utf8.count <= limit else { throw HTTPError(.badRequest, message: "\(field) is longer than \(limit) bytes") }
        }
    }

    /// Both answers carry a session id or a user's details: never cached by anything in between.
    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// Maps the bridge's errors to statuses; anything unexpected is a 500 whose detail stays in
    /// the log (it may name the database), or a 503 while the schema is not ready.
    private func answer(_ body: () async throws -> Response) async throws -> Response {
        guard await schemaReady() else {
            throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance; try again shortly")
        }
        do {
            return try await body()
        } catch let error as HTTPError {
            throw error
        } catch let error as OAuthBridgeError {
            switch error {
            case .redirectURINotAllowed, .codeReused, .invalidGrant: throw HTTPError(.badRequest, message: error.description)
            case .unknownSession: throw HTTPError(.notFound, message: error.description)
            case .misconfigured, .discordUnavailable: throw HTTPError(.badGateway, message: error.description)
            }
        } catch let error as DatabaseError where error.isUnavailable {
            logger.error("oauth bridge: database unavailable", metadata: ["error": "\(error)"])
            throw HTTPError(.serviceUnavailable, message: "the database is unavailable; try again shortly")
        } catch {
            logger.error("oauth bridge failed", metadata: ["error": "\(error)"])
            throw HTTPError(.internalServerError, message: "internal error")
        }
    }
}

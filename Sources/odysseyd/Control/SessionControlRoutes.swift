import Foundation
import Hummingbird
import Shared

/// The control API's dashboard sessions: `GET /v1/sessions` lists them (never a token),
/// `POST /v1/sessions/revoke` ends one, by id, id hash (or a unique prefix) or user.
///
/// ```swift
/// SessionControlRoutes(store: store, schemaReady: { await gate.isRunning }).register(on: router)
/// ```
struct SessionControlRoutes: Sendable {
    let store: OAuthSessionStore
    let schemaReady: @Sendable () async -> Bool
    var now: @Sendable () -> Date = { Date() }

    /// Shorter prefixes would too often name several sessions.
    static let minimumPrefix = 8

    func register(on router: Router<ControlRequestContext>) {
        let sessions = router.group("v1/sessions")
        sessions.get { request, _ in
            try await ControlRoutes.mapErrors {
                try await requireSchema()
                let all = request.uri.queryParameters.get("all").map { ["1", "true", "yes"].contains($0.lowercased()) } ?? false
                let at = now()
                let rows = try await store.list(includeInactive: all, now: at)
                return try JSONResponse(SessionListResponse(sessions: rows.map { Self.summary($0, at: at) }))
            }
        }
        sessions.post("revoke") { request, _ in
            try await ControlRoutes.mapErrors {
                let body = try await ControlRequestBody.decode(SessionRevokeRequest.self, from: request)
                try await requireSchema()
                let (hash, user) = try await target(of: body)
                return try JSONResponse(SessionRevokeResponse(revoked: try await store.revoke(idHash: hash, userID: user, at: now())))
            }
        }
    }

    private func requireSchema() async throws {
        guard await schemaReady() else {
            throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
        }
    }

    /// Exactly one selector; a hash prefix must name exactly one session.
    func target(of body: SessionRevokeRequest) async throws -> (String?, Snowflake?) {
        let given = [body.sessionId, body.idHash, body.userId].compactMap { $0 }
        guard given.count == 1 else {
            throw HTTPError(.badRequest, message: "name exactly one of session_id, id_hash or user_id")
        }
        if let text = body.sessionId {
            guard let id = OAuthSessionID(text: text) else {
                throw HTTPError(.badRequest, message: "session_id is not a session id (43 base64url characters)")
            }
            return (id.hash, nil)
        }
        if let text = body.userId {
            guard let user = Snowflake(text) else {
                throw HTTPError(.badRequest, message: "user_id \"\(text)\" is not a snowflake (digits, e.g. 1234567890123456789)")
            }
            return (nil, user)
        }
        let prefix = (body.idHash ?? "").lowercased()
        guard prefix.count >= Self.minimumPrefix, prefix.count <= 64, prefix.allSatisfy(\.isHexDigit) else {
            throw HTTPError(.badRequest, message: "id_hash must be \(Self.minimumPrefix) to 64 hexadecimal digits, as `odysseyctl session ls` shows")
        }
        let matches = try await store.idHashes(withPrefix: prefix)
        switch matches.count {
        case 0: throw HTTPError(.notFound, message: "no session's id hash starts with \(prefix)")
        case 1: return (matches[0], nil)
        default: throw HTTPError(.conflict, message: "\(prefix) is the start of several sessions' id hashes; give more digits")
        }
    }

    static func summary(_ session: OAuthSession, at date: Date) -> SessionSummary {
        let state: SessionSummary.State = session.revokedAt != nil ? .revoked : (session.expiresAt > date ? .active : .expired)
        return SessionSummary(idHash: session.idHash, userId: session.userID.description, username: session.username,
                              globalName: session.globalName, scopes: session.scopes, state: state,
                              createdAt: session.createdAt, expiresAt: session.expiresAt, tokenExpiresAt: session.tokenExpiresAt,
                              refreshedAt: session.refreshedAt, revokedAt: session.revokedAt)
    }
}

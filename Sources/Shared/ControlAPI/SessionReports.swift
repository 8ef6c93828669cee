import Foundation

/// One dashboard session in `GET /v1/sessions`: who, what they granted, and its lifetime. Never a
/// token nor the session id (only its SHA-256, which is how the daemon stores it).
public struct SessionSummary: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable, CaseIterable {
        case active, expired, revoked
    }

    /// SHA-256 (hex) of the session id; `session revoke` accepts a unique prefix of it.
    public var idHash: String
    public var userId: String
    public var username: String
    public var globalName: String?
    public var scopes: [String]
    public var state: State
    public var createdAt: Date
    public var expiresAt: Date
    /// When Discord's access token expires; the daemon refreshes it ten minutes before.
    public var tokenExpiresAt: Date
    public var refreshedAt: Date?
    public var revokedAt: Date?

    public init(idHash: String, userId: String, username: String, globalName: String?, scopes: [String], state: State,
                createdAt: Date, expiresAt: Date, tokenExpiresAt: Date, refreshedAt: Date?, revokedAt: Date?) {
        self.idHash = idHash
        self.userId = userId
        self.username = username
        self.globalName = globalName
        self.scopes = scopes
        self.state = state
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.tokenExpiresAt = tokenExpiresAt
        self.refreshedAt = refreshedAt
        self.revokedAt = revokedAt
    }
}

/// `GET /v1/sessions` (`?all=true` includes expired and revoked ones), newest first.
///
/// ```swift
/// let list = try ControlJSON.decoder.decode(SessionListResponse.self, from: body)
/// let active = list.sessions.filter { $0.state == .active }
/// ```
public struct SessionListResponse: Codable, Sendable, Equatable {
    public var sessions: [SessionSummary]

    public init(sessions: [SessionSummary]) {
        self.sessions = sessions
    }
}

/// `POST /v1/sessions/revoke`: exactly one of a session id (as the dashboard holds it), an id
/// hash or a unique prefix of one (8 hex digits at least, as `session ls` shows), or a user id
/// (every live session of that user).
public struct SessionRevokeRequest: Codable, Sendable, Equatable {
    public var sessionId: String?
    public var idHash: String?
    public var userId: String?

    public init(sessionId: String? = nil, idHash: String? = nil, userId: String? = nil) {
        self.sessionId = sessionId
        self.idHash = idHash
        self.userId = userId
    }
}

/// What a revoke did: the hashes of the sessions it ended (none when they had already ended).
public struct SessionRevokeResponse: Codable, Sendable, Equatable {
    public var revoked: [String]

    public init(revoked: [String]) {
        self.revoked = revoked
    }
}

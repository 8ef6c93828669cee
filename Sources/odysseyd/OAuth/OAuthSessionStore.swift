import Foundation

/// `oauth_sessions` and `oauth_used_codes`. Every write that goes with a job (the token refresh,
/// the backend sync) enqueues it in the same transaction, so a job never names a session that
/// did not commit, and a committed session always has its refresh scheduled.
///
/// ```swift
/// let store = OAuthSessionStore(pool: pool, queue: queue)
/// guard try await store.claimCode(hash: codeHash, at: now) else { /* reused */ }
/// try await store.insert(session, jobs: [refresh, sync])
/// let live = try await store.session(idHash: id.hash)
/// ```
struct OAuthSessionStore: Sendable {
    let pool: PostgresPool
    let queue: JobQueue

    /// How long a used code's hash is kept: Discord's codes live minutes, so a day is plenty.
    static let usedCodeRetention: TimeInterval = 86_400

    /// Records `hash` as used; false when it already was (a replay). Committed on its own, before
    /// Discord is asked, so two concurrent exchanges of one code cannot both get through.
    func claimCode(hash: String, at date: Date) async throws -> Bool {
        try await pool.withTransaction { tx in
            _ = try await tx.query("DELETE FROM oauth_used_codes WHERE used_at < $1",
                                   [date.addingTimeInterval(-Self.usedCodeRetention)])
            let inserted = try await tx.query(
                "INSERT INTO oauth_used_codes (code_hash, used_at) VALUES ($1, $2) ON CONFLICT (code_hash) DO NOTHING",
                [hash, date])
            return inserted.affectedRows == 1
        }
    }

    /// Forgets a claimed code whose exchange failed for a reason other than the code itself
    /// (Discord unreachable), so the dashboard may try the same code again.
    func releaseCode(hash: String) async throws {
        _ = try await pool.query("DELETE FROM oauth_used_codes WHERE code_hash = $1", [hash])
    }

    func insert(_ session: OAuthSession, jobs: [JobRequest]) async throws {
        try await pool.withTransaction { tx in
            _ = try await tx.query("""
                INSERT INTO oauth_sessions (id_hash, user_id, username, global_name, avatar, scopes, access_token,
                                            refresh_token, token_expires_at, expires_at, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """,
                [session.idHash, session.userID, session.username, session.globalName, session.avatar, session.scopes,
                 PostgresBytes(session.sealedAccessToken), session.sealedRefreshToken.map(PostgresBytes.init),
                 session.tokenExpiresAt, session.expiresAt, session.createdAt])
            for job in jobs { _ = try await queue.enqueue(job, on: tx) }
        }
    }

    /// The session, whatever its state; callers decide what expired or revoked means for them.
    func session(idHash: String) async throws -> OAuthSession? {
        try await pool.query("SELECT \(Self.columns) FROM oauth_sessions WHERE id_hash = $1", [idHash]).first.map(Self.session)
    }

    /// Newest first. `includeInactive`: also revoked and expired ones.
    func list(includeInactive: Bool, now: Date, limit: Int = 500) async throws -> [OAuthSession] {
        try await pool.query("""
            SELECT \(Self.columns) FROM oauth_sessions
            WHERE $1 OR (revoked_at IS NULL AND expires_at > $2)
            ORDER BY created_at DESC, id_hash LIMIT $3
            """, [includeInactive, now, limit]).rows.map(Self.session)
    }

    /// Deletes sessions that expired or were revoked before `cutoff`; they stay visible to
    /// `session ls --all` until then.
    @discardableResult
    func purgeEnded(before cutoff: Date) async throws -> Int {
        try await pool.query("DELETE FROM oauth_sessions WHERE expires_at < $1 OR revoked_at < $1", [cutoff]).affectedRows
    }

    /// Hashes starting with `prefix` (lowercase hex), at most `limit`: enough to tell unique from ambiguous.
    func idHashes(withPrefix prefix: String, limit: Int = 2) async throws -> [String] {
        try await pool.query("SELECT id_hash FROM oauth_sessions WHERE starts_with(id_hash, $1) ORDER BY id_hash LIMIT $2",
                             [prefix, limit]).rows.map { try $0.decode(String.self, column: "id_hash") }
    }

    /// Revokes live sessions matching `idHash` or `userID`; returns the hashes it revoked.
    func revoke(idHash: String?, userID: Snowflake?, at date: Date) async throws -> [String] {
        try await pool.withTransaction { tx in
            try await tx.query("""
                UPDATE oauth_sessions SET revoked_at = $3
                WHERE revoked_at IS NULL AND (id_hash = $1 OR user_id = $2)
                RETURNING id_hash
                """, [idHash, userID, date]).rows.map { try $0.decode(String.self, column: "id_hash") }
        }
    }

    /// Stores refreshed tokens, only while the session is still live (locked, so a revoke in
    /// between wins), and enqueues the next refresh with them. False when the session is gone.
    func updateTokens(idHash: String, sealedAccess: [UInt8], sealedRefresh: [UInt8]?, tokenExpiresAt: Date,
                      at date: Date, next: JobRequest?) async throws -> Bool {
        try await pool.withTransaction { tx in
            let locked = try await tx.query(
                "SELECT 1 FROM oauth_sessions WHERE id_hash = $1 AND revoked_at IS NULL AND expires_at > $2 FOR UPDATE",
                [idHash, date])
            guard !locked.rows.isEmpty else { return false }
            _ = try await tx.query("""
                UPDATE oauth_sessions SET access_token = $2, refresh_token = coalesce($3, refresh_token),
                                          token_expires_at = $4, refreshed_at = $5
                WHERE id_hash = $1
                """, [idHash, PostgresBytes(sealedAccess), sealedRefresh.map(PostgresBytes.init), tokenExpiresAt, date])
            if let next { _ = try await queue.enqueue(next, on: tx) }
            return true
        }
    }

    private static let columns = """
        id_hash, user_id, username, global_name, avatar, scopes, access_token, refresh_token, token_expires_at, \
        expires_at, created_at, refreshed_at, revoked_at
        """

    private static func session(_ row: PostgresRow) throws -> OAuthSession {
        OAuthSession(
            idHash: try row.decode(column: "id_hash"), userID: try row.decode(column: "user_id"),
            username: try row.decode(column: "username"), globalName: try row.decode(column: "global_name"),
            avatar: try row.decode(column: "avatar"), scopes: try row.decode(column: "scopes"),
            sealedAccessToken: try row.decode(PostgresBytes.self, column: "access_token").bytes,
            sealedRefreshToken: try row.decode(PostgresBytes?.self, column: "refresh_token")?.bytes,
            tokenExpiresAt: try row.decode(column: "token_expires_at"), expiresAt: try row.decode(column: "expires_at"),
            createdAt: try row.decode(column: "created_at"), refreshedAt: try row.decode(column: "refreshed_at"),
            revokedAt: try row.decode(column: "revoked_at"))
    }
}

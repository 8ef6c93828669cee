import Foundation
import Logging

/// The dashboard OAuth bridge (issue 5): turns an authorization code the dashboard received into
/// a local session, answers what a session is, and keeps Discord's tokens fresh.
///
/// An exchange claims the code's hash first (a replay is refused before Discord is asked),
/// exchanges it, fetches the user, and stores the session with its tokens sealed, enqueuing the
/// refresh (and the backend sync, when configured) in the same transaction.
///
/// ```swift
/// let bridge = OAuthBridge(settings: oauth, discord: client, store: store, logger: logger)
/// let created = try await bridge.exchange(code: code, redirectURI: "https://dash.example/callback")
/// let session = try await bridge.activeSession(created.id)
/// ```
struct OAuthBridge: Sendable {
    let settings: OAuthBridgeSettings
    let discord: DiscordOAuthClient
    let store: OAuthSessionStore
    var now: @Sendable () -> Date = { Date() }
    let logger: Logger

    /// How long ended sessions stay listed (`odysseyctl session ls --all`) before they are deleted.
    static let endedSessionRetention: TimeInterval = 30 * 86_400

    struct Created: Sendable {
        let id: OAuthSessionID
        let session: OAuthSession
    }

    func exchange(code: String, redirectURI: String) async throws -> Created {
        guard RedirectURIPolicy.isAllowed(redirectURI, allowList: settings.redirectURIs) else {
            throw OAuthBridgeError.redirectURINotAllowed
        }
        let codeHash = SHA256Digest.hex(of: Data(code.utf8))
        guard try await store.claimCode(hash: codeHash, at: now()) else {
            logger.notice("oauth code reused", metadata: ["code_hash": "\(codeHash.prefix(12))"])
            throw OAuthBridgeError.codeReused
        }
        let token: DiscordOAuthToken
        let user: User
        do {
            token = try await discord.exchange(code: code, redirectURI: redirectURI)
            user = try await discord.currentUser(accessToken: token.accessToken)
        } catch {
            switch error {
            case .invalidGrant(let detail):
                throw OAuthBridgeError.invalidGrant(detail)
            case .invalidClient:
                logger.error("Discord refused the OAuth client credentials", metadata: ["error": "\(error)"])
                try? await store.releaseCode(hash: codeHash)
                throw OAuthBridgeError.misconfigured
            case .unauthorized, .unavailable:
                logger.warning("oauth exchange failed at Discord", metadata: ["error": "\(error)"])
                // The code may still be good: let the dashboard retry it.
                try? await store.releaseCode(hash: codeHash)
                throw OAuthBridgeError.discordUnavailable(error.description)
            }
        }
        let id = try OAuthSessionID.generate()
        let hash = id.hash
        let created = now()
        let tokenExpiresAt = created.addingTimeInterval(TimeInterval(token.expiresIn))
        let session = OAuthSession(
            idHash: hash, userID: user.id, username: user.username, globalName: user.globalName, avatar: user.avatar,
            scopes: token.scopes, sealedAccessToken: try settings.cipher.seal(token.accessToken, associatedData: hash),
            sealedRefreshToken: try token.refreshToken.map { try settings.cipher.seal($0, associatedData: hash) },
            tokenExpiresAt: tokenExpiresAt, expiresAt: created.addingTimeInterval(settings.sessionTTL.seconds),
            createdAt: created)
        var jobs: [JobRequest] = []
        if let refresh = try refreshRequest(for: session) { jobs.append(refresh) }
        if settings.syncURL != nil { jobs.append(try OAuthSessionJobs.request(OAuthSessionJobs.sync, idHash: hash)) }
        try await store.insert(session, jobs: jobs)
        // Logins are rare, so each one tidies up; a failure here must not fail the login.
        _ = try? await store.purgeEnded(before: created.addingTimeInterval(-Self.endedSessionRetention))
        logger.info("oauth session created", metadata: ["user_id": "\(user.id)", "session": "\(hash.prefix(12))"])
        return Created(id: id, session: session)
    }

    /// The session if it is live now; expired, revoked and unknown ones are all ``OAuthBridgeError/unknownSession``.
    func activeSession(_ id: OAuthSessionID) async throws -> OAuthSession {
        guard let session = try await store.session(idHash: id.hash), session.isActive(at: now()) else {
            throw OAuthBridgeError.unknownSession
        }
        return session
    }

    /// The `oauth.token.refresh` job: a fresh token pair for a live session. Nothing happens for
    /// a revoked or expired session, or one without a refresh token; a refresh token Discord
    /// refuses (`invalid_grant`: the user removed the app) ends the session.
    func refresh(idHash: String) async throws {
        let at = now()
        guard let session = try await store.session(idHash: idHash), session.isActive(at: at),
              let sealedRefresh = session.sealedRefreshToken else { return }
        let refreshToken: String
        do {
            refreshToken = try settings.cipher.openText(sealedRefresh, associatedData: idHash)
        } catch {
            // Another ODYSSEY_TOKEN_KEY, or an altered row: retrying cannot help.
            throw PermanentJobFailure("the session's refresh token does not decrypt: \(error)")
        }
        let token: DiscordOAuthToken
        do {
            token = try await discord.refresh(refreshToken: refreshToken)
        } catch {
            if case .invalidGrant = error {
                _ = try await store.revoke(idHash: idHash, userID: nil, at: at)
                logger.notice("oauth refresh refused; session revoked", metadata: ["session": "\(idHash.prefix(12))", "user_id": "\(session.userID)"])
                return
            }
            throw error
        }
        var updated = session
        updated.tokenExpiresAt = at.addingTimeInterval(TimeInterval(token.expiresIn))
        let stored = try await store.updateTokens(
            idHash: idHash, sealedAccess: try settings.cipher.seal(token.accessToken, associatedData: idHash),
            sealedRefresh: try token.refreshToken.map { try settings.cipher.seal($0, associatedData: idHash) },
            tokenExpiresAt: updated.tokenExpiresAt, at: at, next: try refreshRequest(for: updated))
        logger.info("oauth tokens refreshed", metadata: ["session": "\(idHash.prefix(12))", "stored": "\(stored)"])
    }

    /// The next refresh, ten minutes before the access token expires; none when the session ends
    /// first or there is nothing to refresh with.
    func refreshRequest(for session: OAuthSession) throws -> JobRequest? {
        guard session.sealedRefreshToken != nil else { return nil }
        let due = session.tokenExpiresAt.addingTimeInterval(-OAuthSessionJobs.refreshLead.seconds)
        guard due < session.expiresAt else { return nil }
        var request = try OAuthSessionJobs.request(OAuthSessionJobs.refresh, idHash: session.idHash)
        request.startAfter = .at(due)
        request.singletonKey = "oauth:refresh:\(session.idHash)"
        return request
    }

    func register(on handlers: inout JobHandlers) {
        handlers.register(OAuthSessionJobs.refresh.name, definition: OAuthSessionJobs.refresh) { context in
            try await refresh(idHash: try context.payload(as: OAuthSessionJobs.Payload.self).idHash)
        }
    }
}

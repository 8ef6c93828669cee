import Foundation
import HummingbirdTesting
import Shared
import Testing
@testable import odysseyd

/// The `oauth.token.refresh` job: fresh tokens before expiry, nothing for a dead session, and a
/// refresh token Discord refuses ends the session.
@Suite("OAuth bridge: token refresh job")
struct OAuthRefreshTests {
    /// Logs ada in with short-lived tokens; returns the session's hash.
    func login(_ bed: OAuthTestbed, tokenLifetime: Duration = .seconds(1800)) async throws -> String {
        await bed.world.setOAuthTokenLifetime(tokenLifetime)
        let created = try await bed.bridge.exchange(code: try await bed.code(), redirectURI: OAuthTestbed.redirectURI)
        return created.id.hash
    }

    @Test func refreshesBeforeExpiryAndSchedulesTheNext() async throws {
        try await OAuthTestbed.with { bed in
            let hash = try await login(bed)
            let before = try #require(try await bed.store.session(idHash: hash))
            #expect(before.tokenExpiresAt == OAuthTestbed.start.addingTimeInterval(1800))
            let due = try await bed.pool.firstValue(Date.self, "SELECT run_at FROM jobs WHERE name = 'oauth.token.refresh' AND singleton_key = $1",
                                                    ["oauth:refresh:\(hash)"])
            #expect(due == OAuthTestbed.start.addingTimeInterval(1800 - 600), "ten minutes before Discord's expiry")

            // The job runs when due; the one that ran is no longer waiting.
            bed.clock.set(try #require(due))
            _ = try await bed.pool.query("DELETE FROM jobs WHERE name = 'oauth.token.refresh'")
            try await bed.bridge.refresh(idHash: hash)

            let after = try #require(try await bed.store.session(idHash: hash))
            let dueAt = try #require(due)
            #expect(after.refreshedAt == dueAt)
            #expect(after.tokenExpiresAt == dueAt.addingTimeInterval(1800))
            #expect(after.sealedAccessToken != before.sealedAccessToken)
            let newAccess = try bed.settings.cipher.openText(after.sealedAccessToken, associatedData: hash)
            let oldAccess = try bed.settings.cipher.openText(before.sealedAccessToken, associatedData: hash)
            #expect(newAccess != oldAccess)
            let live = await bed.world.oauth.accessTokens.keys
            #expect(live.contains(newAccess))
            let next = try await bed.pool.firstValue(Date.self, "SELECT run_at FROM jobs WHERE name = 'oauth.token.refresh'")
            #expect(next == after.tokenExpiresAt.addingTimeInterval(-600))
        }
    }

    @Test func revokedOrExpiredSessionsAreLeftAlone() async throws {
        try await OAuthTestbed.with { bed in
            let revoked = try await login(bed)
            _ = try await bed.store.revoke(idHash: revoked, userID: nil, at: bed.clock.now())
            let expired = try await login(bed)
            bed.clock.advance(by: .seconds(8 * 86_400))
            let requestsBefore = await bed.tokenRequests()
            try await bed.bridge.refresh(idHash: revoked)
            try await bed.bridge.refresh(idHash: expired)
            try await bed.bridge.refresh(idHash: String(repeating: "0", count: 64))
            #expect(await bed.tokenRequests() == requestsBefore, "no call to Discord")
            #expect(try await bed.store.session(idHash: expired)?.refreshedAt == nil)
        }
    }

    @Test func aRefusedRefreshTokenEndsTheSession() async throws {
        try await OAuthTestbed.with { bed in
            let hash = try await login(bed)
            await bed.world.revokeOAuthTokens(of: SandboxWorld.Demo.adaUserID)
            try await bed.bridge.refresh(idHash: hash)
            #expect(try await bed.store.session(idHash: hash)?.revokedAt == bed.clock.now())
        }
    }

    @Test func discordDownIsRetriedByTheJobSystem() async throws {
        try await OAuthTestbed.with { bed in
            let hash = try await login(bed)
            await bed.world.force(.status(503), count: 1, route: "POST /oauth2/token")
            await #expect(throws: DiscordOAuthError.self) { try await bed.bridge.refresh(idHash: hash) }
            #expect(try await bed.store.session(idHash: hash)?.revokedAt == nil)
            try await bed.bridge.refresh(idHash: hash)
            #expect(try await bed.store.session(idHash: hash)?.refreshedAt != nil)
        }
    }

    @Test func tokensSealedUnderAnotherKeyFailForGood() async throws {
        try await OAuthTestbed.with { bed in
            let hash = try await login(bed)
            var settings = bed.settings
            settings.cipher = try TokenCipher(key: try SecureRandom.bytes(32))
            let other = OAuthBridge(settings: settings, discord: bed.bridge.discord, store: bed.store, now: bed.bridge.now, logger: .test)
            await #expect(throws: PermanentJobFailure.self) { try await other.refresh(idHash: hash) }
        }
    }
}

import Foundation
import Hummingbird
import Shared
import Synchronization
import Testing
@testable import odysseyd

/// The optional backend sync: enqueued with the session, posted by a job (never tokens), and
/// retried through the job system when the backend fails.
@Suite("OAuth bridge: backend sync job")
struct OAuthSyncTests {
    /// What the loopback backend received, and the statuses it answers with, in order.
    final class Backend: Sendable {
        let received = Mutex<[String]>([])
        let statuses: Mutex<[Int]>

        init(statuses: [Int]) { self.statuses = Mutex(statuses) }

        func respond(_ request: Request) async throws -> Response {
            let body = try await request.body.collect(upTo: 1 << 20)
            received.withLock { $0.append(String(buffer: body)) }
            let status = statuses.withLock { $0.isEmpty ? 200 : $0.removeFirst() }
            return Response(status: .init(code: status))
        }
    }

    @Test func syncIsEnqueuedWithTheSessionAndPostsTheSummary() async throws {
        let backend = Backend(statuses: [500, 204])
        try await LoopbackServer.with({ try await backend.respond($0) }) { baseURL in
            let url = baseURL.replacingOccurrences(of: "/api/v10", with: "/sessions")
            try await OAuthTestbed.with(["ODYSSEY_OAUTH_SYNC_URL": url]) { bed in
                let created = try await bed.bridge.exchange(code: try await bed.code(), redirectURI: OAuthTestbed.redirectURI)
                let hash = created.id.hash
                #expect(backend.received.withLock { $0.isEmpty }, "the login did not wait for the backend")
                let job = try await bed.pool.query(
                    "SELECT payload::text AS payload, max_attempts FROM jobs WHERE name = 'oauth.session.sync'").first
                #expect(try job?.decode(String.self, column: "payload").contains(hash) == true)
                #expect(try job?.decode(Int.self, column: "max_attempts") == OAuthSessionJobs.sync.retry.maxAttempts)

                let sync = OAuthSessionSync(url: url, store: bed.store, logger: .test)
                await #expect(throws: OAuthSyncError.self) { try await sync.post(idHash: hash) }
                try await sync.post(idHash: hash)
                let bodies = backend.received.withLock { $0 }
                #expect(bodies.count == 2)
                let summary = try #require(bodies.last).decoded(as: OAuthSessionSync.Summary.self)
                #expect(summary.sessionIdHash == hash && summary.user.username == "ada" && summary.revoked == false)
                #expect(summary.scopes == ["identify", "guilds"])
                let tokens = await Array(bed.world.oauth.accessTokens.keys) + Array(bed.world.oauth.refreshTokens.keys)
                for body in bodies {
                    #expect(!body.contains(created.id.text))
                    for token in tokens { #expect(!body.contains(token)) }
                }
            }
        }
    }

    @Test func theJobRunnerRetriesAFailingBackend() async throws {
        let backend = Backend(statuses: [503, 503, 200])
        try await LoopbackServer.with({ try await backend.respond($0) }) { baseURL in
            let url = baseURL.replacingOccurrences(of: "/api/v10", with: "/sessions")
            try await OAuthTestbed.with(["ODYSSEY_OAUTH_SYNC_URL": url]) { bed in
                let created = try await bed.bridge.exchange(code: try await bed.code(), redirectURI: OAuthTestbed.redirectURI)
                var handlers = JobHandlers()
                OAuthSessionSync(url: url, store: bed.store, logger: .test).register(on: &handlers)
                var queue = JobQueue(database: bed.pool, handlers: handlers)
                queue.clock = bed.clock
                queue.jitter = { 0 }
                // Three runs by hand, as the worker makes them: claim, run, fail or complete.
                for attempt in 1...3 {
                    let claimed = try await queue.claim(name: OAuthSessionJobs.sync.name, limit: 1, worker: "test")
                    let job = try #require(claimed.first, "attempt \(attempt) is due")
                    let handler = try #require(handlers.handler(for: job.name))
                    do {
                        try await handler(JobContext(job: job, logger: .test))
                        try await queue.complete([FinishedRun(id: job.id, attempt: job.attempt)], worker: "test")
                    } catch {
                        let outcome = try await queue.fail(job, worker: "test", error: "\(error)", permanent: false)
                        guard case .retrying(let at)? = outcome else { Issue.record("expected a retry, got \(String(describing: outcome))"); return }
                        bed.clock.set(at)
                    }
                }
                #expect(backend.received.withLock { $0.count } == 3)
                #expect(try await bed.pool.firstValue(Int.self, "SELECT count(*) FROM jobs_archive WHERE name = 'oauth.session.sync' AND state = 'completed'") == 1)
                #expect(backend.received.withLock { $0.allSatisfy { $0.contains(created.id.hash) } })
            }
        }
    }
}

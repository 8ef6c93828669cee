import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// `odysseyctl runbook` against a running daemon.
@Suite("Runbook end to end", .serialized)
struct RunbookProcessTests {
    @Test func stuckJobsFindsAFailedJobAndRetriesItWithApply() async throws {
        try await TestDatabase.with { database, pool in
            let daemon = try await DaemonProcessTests.start(database: database, extraEnvironment: ["ODYSSEY_AUTO_MIGRATE": "true"])
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }

            let list = try await daemon.ctl("runbook", "ls", "--json")
            #expect(list.status == 0)
            let names = try ControlJSON.decoder.decode(RunbookListResponse.self, from: Data(list.stdout.utf8)).runbooks.map(\.name)
            #expect(names == ["stuck-jobs", "rate-limits", "projection-backlog", "monthly-hall", "db-outage"])
            #expect(try await daemon.ctl("runbook", "show", "stuck-jobs").stdout.contains("Failed jobs: the dead letter"))
            let unknown = try await daemon.ctl("runbook", "run", "no-such-runbook")
            #expect(unknown.status == OdysseyExitCode.usage.rawValue)
            #expect(unknown.stderr.contains("stuck-jobs"), "names the known runbooks")

            let clean = try await daemon.ctl("runbook", "run", "stuck-jobs", "--json")
            #expect(clean.status == 0, "\(clean.stdout)")

            _ = try await pool.query("""
                INSERT INTO jobs_archive (id, name, payload, payload_version, state, priority, attempts, max_attempts, retry_delay_ms,
                                          retry_backoff, expire_after_ms, created_at, run_at, finished_at, last_error, errors)
                VALUES (9001, 'weekly.raid.start', '{}', 1, 'failed', 0, 5, 5, 1000, true, 900000, now(), now(), now(), 'raid table missing', '[]')
                """, [])
            let found = try await daemon.ctl("runbook", "run", "stuck-jobs", "--json")
            #expect(found.status == OdysseyExitCode.problemsFound.rawValue)
            let report = try ControlJSON.decoder.decode(RunbookReport.self, from: Data(found.stdout.utf8))
            #expect(report.step("Failed jobs")?.details == ["job 9001 weekly.raid.start failed, 5/5 attempts: raid table missing"])
            #expect(report.step("Scheduled posts")?.status == .notInstalled)

            let refused = try await daemon.ctl("runbook", "run", "stuck-jobs", "--apply")
            #expect(refused.status == OdysseyExitCode.failed.rawValue, "--apply needs a filter")
            let applied = try await daemon.ctl("runbook", "run", "stuck-jobs", "--action", "weekly.raid.start", "--apply", "--json")
            let afterApply = try ControlJSON.decoder.decode(RunbookReport.self, from: Data(applied.stdout.utf8))
            #expect(afterApply.applied)
            #expect(afterApply.actions == [RunbookActionResult(description: "job 9001 is waiting to run again", done: true)])

            let text = try await daemon.ctl("runbook", "run", "monthly-hall")
            #expect(text.stdout.contains("[-] Card for"), "\(text.stdout)")

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
        }
    }
}

import AsyncHTTPClient
import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// The job system through the real binaries: one odysseyd for the whole suite (started as
/// systemd would, migrated and seeded through odysseyctl), driven by `odysseyctl queue`, `job`
/// and `schedule` with `--json`. None of the catalog's job names has a handler yet, so every job
/// that runs fails at once into the dead letter: that is what these tests watch for.
@Suite("odysseyd job control, end to end", .jobControlDaemon)
struct JobControlProcessTests {
    var shared: JobControlDaemon.Context {
        get throws { try #require(JobControlDaemon.current, "the suite's daemon is running") }
    }

    @Test func seededSchedulesListAndSwitchOffAndOn() async throws {
        let shared = try shared
        let daemon = shared.daemon
        let seeded = shared.seed.rows.filter { $0.table == "job_schedules" }
        #expect(seeded.count == ScheduleCatalog.all.count && seeded.allSatisfy { $0.action == .inserted }, "seed wrote every schedule: \(seeded)")

        let before = Date()
        let listed = try await daemon.json(ScheduleListResponse.self, "schedule", "ls").schedules
        #expect(Set(listed.map(\.name)) == Set(ScheduleCatalog.all.map(\.name)) && listed.count == ScheduleCatalog.all.count, "\(listed.map(\.name))")
        for schedule in listed {
            #expect(schedule.enabled, "\(schedule.name) is on")
            #expect(schedule.jobName == schedule.name)
            let next = try #require(schedule.nextRunAt, "\(schedule.name) has a next run")
            #expect(next > before.addingTimeInterval(-1), "\(schedule.name) runs next in the future, not \(next)")
            #expect(schedule.nextRunLocal != nil)
        }
        #expect(listed.first { $0.name == "public.post.publish" }?.expression == "every 2 minutes")
        #expect(listed.first { $0.name == "weekly.horoscope.publish" }?.expression == "Monday 10:00")

        let off = try await daemon.json(ScheduleSummary.self, "schedule", "off", "public.post.publish")
        #expect(off.name == "public.post.publish" && !off.enabled && off.nextRunAt == nil, "\(off)")
        let whileOff = try await daemon.json(ScheduleListResponse.self, "schedule", "ls").schedules
        let publishOff = try #require(whileOff.first { $0.name == "public.post.publish" })
        #expect(!publishOff.enabled)
        #expect(publishOff.nextRunAt == nil, "a schedule that is off has no next run")
        #expect(whileOff.filter(\.enabled).count == ScheduleCatalog.all.count - 1, "only the one was switched off")

        let on = try await daemon.json(ScheduleSummary.self, "schedule", "on", "public.post.publish")
        #expect(on.enabled, "\(on)")
        let next = try #require(on.nextRunAt, "switched on, it runs again")
        #expect(next > Date().addingTimeInterval(-1) && next <= Date().addingTimeInterval(121), "every 2 minutes: next run \(next)")
        let afterOn = try await daemon.json(ScheduleListResponse.self, "schedule", "ls").schedules
        #expect(afterOn.count == ScheduleCatalog.all.count && afterOn.allSatisfy { $0.enabled && $0.nextRunAt != nil })

        let unknown = try await daemon.ctl("schedule", "on", "no.such")
        #expect(unknown.status == OdysseyExitCode.failed.rawValue)
        #expect(unknown.stderr.hasPrefix("odysseyctl: no schedule no.such"), "the daemon's 404 message: \(unknown.stderr)")
        #expect(unknown.stderr.contains("public.post.publish"), "it names the known schedules: \(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
    }

    @Test func aJobWithoutHandlerFailsIsRetriedAndPurged() async throws {
        let daemon = try shared.daemon
        let enqueued = try await daemon.json(JobEnqueueResponse.self, "job", "enqueue", "duel.round.close", "--payload", #"{"duel": 7}"#)
        #expect(enqueued.created)
        #expect(enqueued.runAt <= Date().addingTimeInterval(1), "no --start-after: it can run at once (\(enqueued.runAt))")
        let id = String(enqueued.id)

        // No handler: the first attempt fails for good.
        try await eventually { try await daemon.json(JobDetail.self, "job", "show", id).job.state == .failed }
        let failed = try await daemon.json(JobDetail.self, "job", "show", id)
        #expect(failed.job.id == enqueued.id && failed.job.name == "duel.round.close")
        #expect(failed.job.state == .failed, "\(failed)")
        #expect(failed.job.lastError?.hasPrefix("no handler registered for duel.round.close") == true, "\(failed.job.lastError ?? "nil")")
        #expect(failed.job.attempts == 1, "one attempt, permanent failure: \(failed.job)")
        #expect(failed.job.finishedAt != nil)
        #expect(failed.payload == .object(["duel": .number(7)]), "\(failed.payload)")
        #expect(failed.errors.map(\.attempt) == [1], "\(failed.errors)")
        #expect(failed.errors.first?.message.hasPrefix("no handler registered") == true)

        let queues = try await daemon.json(QueueListResponse.self, "queue", "ls").queues
        #expect(Set(JobCatalog.all.map(\.name)).isSubset(of: Set(queues.map(\.name))), "every catalog name is a queue")
        let queue = try #require(queues.first { $0.name == "duel.round.close" })
        #expect(queue.failed == 1, "\(queue)")
        #expect(!queue.hasHandler && queue.concurrency == 2, "\(queue)")
        let detail = try await daemon.json(QueueDetail.self, "queue", "show", "duel.round.close")
        #expect(detail.summary.failed == 1)
        #expect(detail.jobs.first { $0.id == enqueued.id }?.state == .failed, "\(detail.jobs)")

        // Retry: the same job, attempts from zero, its error history kept; it fails again.
        let retried = try await daemon.json(JobActionResponse.self, "job", "retry", id)
        #expect(retried.job.id == enqueued.id)
        #expect(retried.job.state == .waiting && retried.job.attempts == 0, "back in the queue with fresh attempts: \(retried.job)")
        #expect(retried.message.contains("\(id)"), "\(retried.message)")
        try await eventually {
            let job = try await daemon.json(JobDetail.self, "job", "show", id)
            return job.job.state == .failed && job.errors.count == 2
        }
        let again = try await daemon.json(JobDetail.self, "job", "show", id)
        #expect(again.job.state == .failed, "\(again.job)")
        #expect(again.job.attempts == 1, "attempts were reset by the retry, then counted one run: \(again.job)")
        #expect(again.errors.map(\.attempt) == [1, 1], "the error list grew by the second run: \(again.errors)")
        #expect(again.errors.allSatisfy { $0.message.hasPrefix("no handler registered") })
        if again.errors.count == 2 { #expect(again.errors[0].at <= again.errors[1].at) }

        let purge = try await daemon.json(QueuePurgeResponse.self, "queue", "purge", "duel.round.close", "--state", "failed")
        #expect(purge.name == "duel.round.close" && purge.state == .failed)
        #expect(purge.purged == 1, "the one failed job: \(purge)")
        #expect(try await daemon.json(QueueListResponse.self, "queue", "ls").queues.first { $0.name == "duel.round.close" }?.failed == 0)

        let gone = try await daemon.ctl("job", "show", id)
        #expect(gone.status == OdysseyExitCode.failed.rawValue)
        #expect(gone.stderr.contains("no job \(id)"), "the daemon's 404 message: \(gone.stderr)")
        let goneJSON = try await daemon.ctl("job", "show", id, "--json")
        #expect(goneJSON.status == OdysseyExitCode.failed.rawValue)
        #expect((try? ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(goneJSON.stdout.utf8)))?.error.message == "no job \(id)", "\(goneJSON.stdout)")
    }

    @Test func aWaitingSingletonAbsorbsTheSecondEnqueueAndCancelsOnce() async throws {
        let daemon = try shared.daemon
        let arguments = ["job", "enqueue", "weekly.raid.start", "--start-after", "1h", "--singleton-key", "k1"]
        let first = try await daemon.json(JobEnqueueResponse.self, arguments)
        #expect(first.created)
        #expect(abs(first.runAt.timeIntervalSinceNow - 3600) < 60, "--start-after 1h: runs at \(first.runAt)")
        let second = try await daemon.json(JobEnqueueResponse.self, arguments)
        #expect(!second.created, "the waiting job with key k1 absorbed it")
        #expect(second.id == first.id)
        let waiting = try await daemon.json(JobDetail.self, "job", "show", String(first.id))
        #expect(waiting.job.state == .delayed && waiting.job.singletonKey == "k1" && waiting.job.attempts == 0, "\(waiting.job)")

        let cancelled = try await daemon.json(JobActionResponse.self, "job", "cancel", String(first.id))
        #expect(cancelled.job.id == first.id && cancelled.job.state == .cancelled, "\(cancelled)")
        #expect(try await daemon.json(JobDetail.self, "job", "show", String(first.id)).job.state == .cancelled)

        let again = try await daemon.ctl("job", "cancel", String(first.id))
        #expect(again.status == OdysseyExitCode.failed.rawValue)
        #expect(again.stderr.contains("job \(first.id) is already cancelled"), "the daemon's 409 message: \(again.stderr)")

        // The key is free again once its job is no longer waiting.
        let third = try await daemon.json(JobEnqueueResponse.self, arguments)
        #expect(third.created && third.id != first.id, "\(third)")
        _ = try await daemon.json(JobActionResponse.self, "job", "cancel", String(third.id))
    }

    @Test func healthzReportsTheJobSystemOnceItRuns() async throws {
        let shared = try shared
        // Before migrate the job system waits for the schema: /healthz says so.
        #expect(shared.healthBeforeMigrate.status == 503)
        #expect(shared.healthBeforeMigrate.body.contains(#""boss":"fail""#), "\(shared.healthBeforeMigrate.body)")

        let daemon = shared.daemon
        try await eventually { try await daemon.healthz().body.contains(#""boss":"ok""#) }
        let health = try await daemon.healthz()
        #expect(health.status == 200, "\(health.body)")
        let report = try JSONDecoder().decode(HealthReport.self, from: Data(health.body.utf8))
        #expect(report.ok && report.boss == "ok" && report.db == "ok", "\(report)")
        let status = try await daemon.json(StatusResponse.self, "status")
        #expect(status.state == .running && status.boss == "ok", "\(status)")
    }
}

/// Usage errors: odysseyctl refuses them before it dials the daemon, so a socket nobody listens
/// on still gives 64 (dialling it gives 69, which the last test shows).
@Suite("odysseyctl job usage errors, end to end")
struct JobControlProcessUsageTests {
    let socket = "/tmp/odyssey-nodaemon-\(UUID().uuidString.prefix(8))/control.sock"

    func ctl(_ arguments: String...) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await Shell.runCapturing(TestPaths.executable("odysseyctl"), arguments + ["--socket", socket])
    }

    @Test func payloadThatIsNotJSON() async throws {
        let result = try await ctl("job", "enqueue", "duel.round.close", "--payload", "{bad")
        #expect(result.status == OdysseyExitCode.usage.rawValue, "\(result)")
        #expect(result.stderr.contains("not valid JSON"), "\(result.stderr)")
    }

    @Test func purgeOfAnUnfinishedState() async throws {
        let result = try await ctl("queue", "purge", "x", "--state", "active")
        #expect(result.status == OdysseyExitCode.usage.rawValue, "\(result)")
        #expect(result.stderr.contains("active jobs are not finished and cannot be purged"), "\(result.stderr)")
    }

    @Test func negativeStartAfter() async throws {
        let result = try await ctl("job", "enqueue", "x", "--start-after", "-5m")
        #expect(result.status == OdysseyExitCode.usage.rawValue, "\(result)")
        #expect(result.stderr.contains("cannot be negative"), "\(result.stderr)")
    }

    @Test func aValidCommandDoesDialTheSocket() async throws {
        let result = try await ctl("job", "enqueue", "duel.round.close", "--payload", #"{"duel": 7}"#, "--start-after", "5m")
        #expect(result.status == OdysseyExitCode.unavailable.rawValue, "\(result)")
        #expect(result.stderr.contains(socket), "\(result.stderr)")
    }
}

/// The suite's one daemon: started, migrated and seeded once before the suite's tests, stopped
/// with SIGTERM after them. Tests reach it through ``current``.
struct JobControlDaemon: SuiteTrait, TestScoping {
    struct Context: Sendable {
        let daemon: DaemonProcessTests.RunningDaemon
        let seed: SeedReport
        let healthBeforeMigrate: (status: UInt, body: String)
    }

    @TaskLocal static var current: Context?

    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await DaemonProcessTests.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            let outcome: Result<Void, any Error>
            do {
                let health = try await daemon.healthz()
                _ = try await daemon.json(MigrationReport.self, "migrate")
                let seed = try await daemon.json(SeedReport.self, "seed")
                try await Self.$current.withValue(Context(daemon: daemon, seed: seed, healthBeforeMigrate: health)) {
                    try await function()
                }
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
            kill(daemon.process.processIdentifier, SIGTERM)
            let exit = await DaemonProcessTests.waitForExit(daemon.process)
            #expect(exit == 0, "odysseyd stopped cleanly with the job system running")
            try outcome.get()
        }
    }
}

extension Trait where Self == JobControlDaemon {
    static var jobControlDaemon: Self { Self() }
}

struct ControlCommandFailed: Error, CustomStringConvertible {
    let description: String
}

extension DaemonProcessTests.RunningDaemon {
    /// `odysseyctl ARGUMENTS --json`, which must exit 0, decoded into `Value`.
    func json<Value: Decodable>(_ type: Value.Type, _ arguments: String...) async throws -> Value {
        try await json(type, arguments)
    }

    func json<Value: Decodable>(_ type: Value.Type, _ arguments: [String]) async throws -> Value {
        let result = try await Shell.runCapturing(TestPaths.executable("odysseyctl"), arguments + ["--json", "--socket", socket])
        guard result.status == 0 else {
            throw ControlCommandFailed(description: "odysseyctl \(arguments.joined(separator: " ")) --json exited \(result.status): \(result.stdout)\(result.stderr)")
        }
        do {
            return try ControlJSON.decoder.decode(Value.self, from: Data(result.stdout.utf8))
        } catch {
            throw ControlCommandFailed(description: "odysseyctl \(arguments.joined(separator: " ")) --json printed no \(Value.self) (\(error)): \(result.stdout)")
        }
    }
}

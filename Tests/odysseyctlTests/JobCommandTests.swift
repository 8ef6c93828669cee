import Foundation
import Glibc
import Shared
import Testing
@testable import odysseyctl

/// `queue`, `job` and `schedule`: their text output, their arguments, and their requests.
@Suite("Queue, job and schedule commands")
struct JobCommandTests {
    /// Renderers see the fixtures' clock, in UTC, whatever the machine's zone.
    static let time = TimeText(now: Fixtures.jobsNow, timeZone: TimeZone(identifier: "UTC")!)

    // MARK: queue

    @Test func queueListIsATableThatFlagsQueuesWithoutAHandler() {
        #expect(QueueRenderer.listText(for: Fixtures.queueList) == """
            NAME              WAITING  DELAYED  ACTIVE  RETRYING  FAILED  DONE/1H  OLDEST  HANDLER
            duel.round.close  3        1        1       0         2       41       3m12s   yes
            legacy.cleanup    0        0        0       0         7       0        -       NONE

            This daemon has no handler for legacy.cleanup; its jobs fail at once.
            """)
    }

    @Test func queueListWithEveryHandlerHasNoNote() {
        let text = QueueRenderer.listText(for: QueueListResponse(queues: [Fixtures.roundClose]))
        #expect(!text.contains("no handler"))
        #expect(QueueRenderer.listText(for: QueueListResponse(queues: [])) == "No queues.")
    }

    @Test func queueShowIsTheSummaryThenTheJobs() {
        #expect(QueueRenderer.detailText(for: Fixtures.queueDetail, time: Self.time) == """
            name            duel.round.close
            handler         yes
            concurrency     4
            waiting         3
            delayed         1
            active          1
            retrying        0
            failed          2
            done last hour  41
            oldest waiting  3m12s

            ID  STATE     ATTEMPTS  RUN-AT  SINGLETON  LAST-ERROR
            41  retrying  2/5       in 25s  round-7    Discord answered 503 while closing round 7
            42  waiting   0/5       5s ago  -          -
            17  failed    5/5       2h ago  -          round 3 has no participants left; the guild may have remove…
            """)
    }

    @Test func queueShowWithoutJobsOrHandlerSaysSo() {
        let text = QueueRenderer.detailText(for: QueueDetail(summary: Fixtures.orphanQueue, jobs: []), time: Self.time)
        #expect(text.contains("\nhandler         NONE: its jobs fail at once\n"))
        #expect(text.hasSuffix("oldest waiting  -\n\nNo jobs."))
    }

    @Test(arguments: [
        (QueuePurgeResponse(name: "duel.round.close", state: .failed, purged: 3), "Purged 3 failed jobs of duel.round.close."),
        (QueuePurgeResponse(name: "duel.round.close", state: .completed, purged: 1), "Purged 1 completed job of duel.round.close."),
        (QueuePurgeResponse(name: "duel.round.close", state: .cancelled, purged: 0), "No cancelled jobs of duel.round.close to purge."),
    ])
    func purgeSaysHowManyOfWhat(response: QueuePurgeResponse, text: String) {
        #expect(QueueRenderer.purgedText(for: response) == text)
    }

    @Test func purgeTakesOnlyFinishedStates() throws {
        for state in JobState.purgeable {
            #expect(try Odysseyctl.Queue.Purge.purgeableState(state.rawValue) == state)
        }
        for text in ["waiting", "delayed", "retrying", "active", "FAILED", "all", ""] {
            #expect(throws: (any Error).self) { try Odysseyctl.Queue.Purge.purgeableState(text) }
        }
    }

    // MARK: job

    @Test func jobShowListsEverythingThenPayloadThenErrors() {
        #expect(JobRenderer.detailText(for: Fixtures.retryingJobDetail, time: Self.time) == """
            id               41
            name             duel.round.close
            state            retrying
            attempts         2/5
            priority         0
            singleton key    round-7
            created          2025-11-22 02:48:08 +00:00 (5m12s ago)
            run at           2025-11-22 02:53:45 +00:00 (in 25s)
            started          2025-11-22 02:52:45 +00:00 (35s ago)
            finished         -
            worker           odysseyd-4242-2
            heartbeat        2025-11-22 02:52:50 +00:00 (30s ago)
            retry delay      30s, with backoff
            expires after    15m per run
            payload version  1
            payload          {
                               "guild_id" : "1234",
                               "round_id" : 7,
                               "tags" : []
                             }

            ATTEMPT  AT                          ERROR
            1        2025-11-22 02:48:20 +00:00  Discord answered 503 Service Unavailable
            2        2025-11-22 02:52:50 +00:00  Discord answered 503 Service Unavailable
            """)
    }

    @Test func jobShowOfAFreshJob() {
        let text = JobRenderer.detailText(for: Fixtures.waitingJobDetail, time: Self.time)
        #expect(text.contains("\nsingleton key    -\n"))
        #expect(text.contains("\nworker           -\nheartbeat        -\n"))
        #expect(text.contains("\nretry delay      5s, no backoff\nexpires after    1h30m per run\n"))
        #expect(text.hasSuffix("\npayload          {}\n\nNo failed attempts."))
    }

    @Test func jobShowPrintsTimesInTheOperatorsZone() {
        let moscow = TimeText(now: Fixtures.jobsNow, timeZone: TimeZone(identifier: "Europe/Moscow")!)
        let text = JobRenderer.detailText(for: Fixtures.retryingJobDetail, time: moscow)
        #expect(text.contains("\nrun at           2025-11-22 05:53:45 +03:00 (in 25s)\n"))
    }

    @Test func retryAndCancelSayWhatHappenedAndTheNewState() {
        #expect(JobRenderer.actionText(for: Fixtures.retried) == "Retrying as job 42. Job 42 (duel.round.close) is now waiting.")
        #expect(JobRenderer.actionText(for: Fixtures.cancelled) == "Cancelled. Job 43 (duel.round.close) is now cancelled.")
    }

    @Test func enqueueSaysWhenTheJobRuns() {
        #expect(JobRenderer.enqueuedText(for: Fixtures.enqueued, request: Fixtures.enqueueRequest, time: Self.time)
            == "Enqueued job 42 (duel.round.close), runs at 2025-11-22 02:55:20 +00:00 (in 2m).")
    }

    @Test func enqueueNamesTheJobThatAbsorbedIt() {
        #expect(JobRenderer.enqueuedText(for: Fixtures.absorbed, request: Fixtures.enqueueRequest, time: Self.time)
            == "A waiting job with singleton key round-7 already exists: job 41.")
    }

    @Test func jobJSONIsTheRawResponse() throws {
        let text = JSONRenderer.text(for: Fixtures.retryingJobDetail)
        #expect(text.contains(#""singleton_key" : "round-7""#))
        #expect(text.contains(#""run_at" : "2025-11-22T02:53:45Z""#))
        #expect(text.contains(#""round_id" : 7"#))
        #expect(text.contains(#""worker_id" : "odysseyd-4242-2""#))
        let decoded = try ControlJSON.decoder.decode(JobDetail.self, from: Data(text.utf8))
        #expect(decoded == Fixtures.retryingJobDetail)
    }

    @Test func scheduleJSONRoundTrips() throws {
        let text = JSONRenderer.text(for: Fixtures.weeklyRecap)
        #expect(text.contains(#""last_job_id" : 41"#))
        let decoded = try ControlJSON.decoder.decode(ScheduleSummary.self, from: Data(text.utf8))
        #expect(decoded.lastJobId == 41)
        #expect(decoded == Fixtures.weeklyRecap)
    }

    @Test func payloadIsAnyJSON() throws {
        #expect(try JobPayloadArgument.parse(#"{"round_id": 7, "guild_id": "1234"}"#)
            == .object(["round_id": .number(7), "guild_id": .string("1234")]))
        #expect(try JobPayloadArgument.parse("{}") == .object([:]))
        #expect(try JobPayloadArgument.parse("[1, true, null]") == .array([.number(1), .bool(true), .null]))
    }

    @Test(arguments: ["{round_id: 7}", #"{"round_id": }"#, "", "{", "'x'"])
    func invalidPayloadNamesTheProblem(text: String) {
        #expect {
            try JobPayloadArgument.parse(text)
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("not valid JSON: ") && description.count > "not valid JSON: ".count
        }
    }

    // MARK: schedule

    @Test func scheduleListShowsTheLocalNextRunAndTheLastRun() {
        #expect(ScheduleRenderer.listText(for: Fixtures.scheduleList, time: Self.time) == """
            NAME             JOB             EXPRESSION    TIMEZONE       ON   NEXT-RUN                         LAST-RUN
            weekly.recap     digest.weekly   Monday 10:00  Europe/Moscow  yes  2025-11-22 08:53 +03:00 (in 3h)  6d ago (job 41)
            nightly.cleanup  legacy.cleanup  */5 * * * *   UTC            no   -                                never
            """)
        #expect(ScheduleRenderer.listText(for: ScheduleListResponse(schedules: []), time: Self.time) == "No schedules.")
    }

    @Test func scheduleOnAndOffSayTheNewStateAndTheNextRun() {
        #expect(ScheduleRenderer.toggledText(for: Fixtures.weeklyRecap, time: Self.time)
            == "Schedule weekly.recap is on; next run 2025-11-22 08:53 +03:00 (in 3h).")
        #expect(ScheduleRenderer.toggledText(for: Fixtures.pausedCleanup, time: Self.time)
            == "Schedule nightly.cleanup is off; it will not run until `odysseyctl schedule on nightly.cleanup`.")
        var noLocal = Fixtures.weeklyRecap
        noLocal.nextRunLocal = nil
        #expect(ScheduleRenderer.toggledText(for: noLocal, time: Self.time)
            == "Schedule weekly.recap is on; next run 2025-11-22 05:53:20 +00:00 (in 3h).")
    }

    // MARK: durations and times

    @Test(arguments: [
        ("0s", 0), ("90s", 90), ("2m", 120), ("120m", 7_200), ("1h30m", 5_400), ("1d", 86_400),
        ("1d2h3m4s", 93_784), ("2d30s", 172_830),
    ])
    func durationsParse(text: String, seconds: Int) throws {
        #expect(try DurationArgument.seconds(text) == seconds)
    }

    @Test(arguments: [
        ("", "needs a number and a unit"), ("-5m", "cannot be negative"), ("90", "'90' needs a unit"),
        ("1x", "'x' is not a unit"), ("m", "'m' needs a number"), ("30m1h", "largest first"),
        ("1h1h", "largest first"), ("1.5h", "'.' is not a unit"), (" 2m", "' ' is not a unit"),
        ("2M", "'M' is not a unit"), ("99999999999999999999d", "too long"), ("106751991167301d", "too long"),
    ])
    func badDurationsSayWhy(text: String, problem: String) {
        #expect {
            try DurationArgument.seconds(text)
        } throws: { error in
            "\(error)".contains(problem)
        }
    }

    @Test(arguments: [
        (0.0, "0s"), (59.9, "59s"), (60, "1m"), (192.4, "3m12s"), (3_600, "1h"), (3_605, "1h"),
        (5_400, "1h30m"), (93_600, "1d2h"), (3_456_000, "40d"), (-3, "0s"),
    ])
    func compactDurations(seconds: Double, text: String) {
        #expect(DurationText.compact(seconds) == text)
    }

    @Test(arguments: [1, 59, 60, 90, 3_600, 5_400, 86_400, 90_000])
    func whatIsPrintedCanBeReadBack(seconds: Int) throws {
        #expect(try DurationArgument.seconds(DurationText.compact(Double(seconds))) == seconds)
    }

    @Test(arguments: [
        (0.0, "now"), (0.5, "now"), (-0.9, "now"), (25, "in 25s"), (-5, "5s ago"), (120, "in 2m"),
        (10_800, "in 3h"), (-518_400, "6d ago"),
    ])
    func relativeTimes(offset: Double, text: String) {
        #expect(Self.time.relative(Fixtures.jobsNow.addingTimeInterval(offset)) == text)
    }

    @Test func cellsAreOneBoundedLine() {
        #expect(CellText.oneLine("a\n  b\tc") == "a b c")
        #expect(CellText.oneLine("abcdef", limit: 4) == "abc…")
        #expect(CellText.oneLine("abcd", limit: 4) == "abcd")
        #expect(CellText.oneLine(nil) == "-")
        #expect(CellText.oneLine(" \n") == "-")
    }

    // MARK: the binary

    /// None of these may reach the socket: exit 69 would mean the mistake went unnoticed.
    @Test(arguments: [
        (["queue", "purge", "duel.round.close", "--state", "active"], "active jobs are not finished"),
        (["queue", "purge", "duel.round.close", "--state", "bogus"], "use one of completed, failed, cancelled"),
        (["queue", "purge", "duel.round.close"], "--state"),
        (["queue", "show", ""], "queue name is empty"),
        (["queue", "bogus"], "bogus"),
        (["job", "enqueue", "x", "--payload", "{round_id: 7}"], "not valid JSON: "),
        (["job", "enqueue", "x", "--start-after", "-5m"], "cannot be negative"),
        (["job", "enqueue", "x", "--start-after", "soon"], "is not a unit"),
        (["job", "enqueue", "x", "--start-after", "90"], "needs a unit"),
        (["job", "enqueue", "x", "--priority", "high"], "--priority"),
        (["job", "enqueue", "x", "--singleton-key", ""], "singleton key is empty"),
        (["job", "show", "abc"], "abc"),
        (["job", "retry", "0"], "Job ids are positive"),
        (["job", "cancel"], "<id>"),
        (["schedule", "on"], "<name>"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try OdysseyctlBinary.run(arguments + ["--socket", "/nonexistent/odysseyctl.sock"])
        #expect(result.exitCode == OdysseyExitCode.usage.rawValue, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func helpListsTheNewCommandGroups() throws {
        let root = try OdysseyctlBinary.run(["--help"])
        for command in ["queue", "job", "schedule"] {
            #expect(root.stdout.contains("  \(command) "))
        }
        let queue = try OdysseyctlBinary.run(["queue", "--help"])
        for command in ["ls", "show", "purge"] {
            #expect(queue.stdout.contains("  \(command) "))
        }
    }

    @Test func daemonNotFoundExits1WithItsMessage() throws {
        let daemon = try FakeDaemon(status: 404, body: #"{"error":{"message":"no job 99"}}"#)
        let result = try daemon.run(["job", "show", "99"])

        #expect(result.exitCode == OdysseyExitCode.failed.rawValue)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "odysseyctl: no job 99\n")
        #expect(daemon.request?.hasPrefix("GET /v1/jobs/99 HTTP/1.1\r\n") == true)
    }

    @Test func daemonConflictWithJSONIsAnErrorDocument() throws {
        let daemon = try FakeDaemon(status: 409, body: #"{"error":{"message":"job 41 is running; it cannot be cancelled"}}"#)
        let result = try daemon.run(["job", "cancel", "41", "--json"])

        #expect(result.exitCode == 1)
        #expect(result.stderr.isEmpty)
        let body = try ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(result.stdout.utf8))
        #expect(body.error.message == "job 41 is running; it cannot be cancelled")
        #expect(daemon.request?.hasPrefix("POST /v1/jobs/41/cancel HTTP/1.1\r\n") == true)
    }

    @Test func enqueueSendsTheRequestAsJSON() throws {
        let daemon = try FakeDaemon(status: 200, body: try Fixtures.json(Fixtures.enqueued))
        let result = try daemon.run([
            "job", "enqueue", "duel.round.close", "--payload", #"{"round_id": 7}"#, "--start-after", "2m",
            "--singleton-key", "round-7", "--priority", "5",
        ])

        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Enqueued job 42 (duel.round.close), runs at "))
        let request = try #require(daemon.request)
        #expect(request.hasPrefix("POST /v1/jobs HTTP/1.1\r\n"))
        #expect(request.lowercased().contains("\r\ncontent-type: application/json\r\n"))
        let body = try #require(request.components(separatedBy: "\r\n\r\n").last)
        #expect(try ControlJSON.decoder.decode(JobEnqueueRequest.self, from: Data(body.utf8)) == Fixtures.enqueueRequest)
        #expect(body.contains(#""start_after_seconds":120"#))
    }

    @Test func purgeSendsTheStateAndPrintsTheCount() throws {
        let response = QueuePurgeResponse(name: "duel.round.close", state: .failed, purged: 3)
        let daemon = try FakeDaemon(status: 200, body: try Fixtures.json(response))
        let result = try daemon.run(["queue", "purge", "duel.round.close", "--state", "failed"])

        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "Purged 3 failed jobs of duel.round.close.\n")
        let request = try #require(daemon.request)
        #expect(request.hasPrefix("POST /v1/queues/duel.round.close/purge HTTP/1.1\r\n"))
        #expect(request.hasSuffix("\r\n\r\n{\"state\":\"failed\"}"))
    }

    @Test func globalOptionsWorkBeforeTheGroupAndPrintTheRawResponse() throws {
        let daemon = try FakeDaemon(status: 200, body: try Fixtures.json(Fixtures.queueList))
        let result = try daemon.run(["--json", "queue", "ls"])

        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == JSONRenderer.text(for: Fixtures.queueList) + "\n")
        #expect(daemon.request?.hasPrefix("GET /v1/queues HTTP/1.1\r\n") == true)
    }
}

/// A stand-in for odysseyd: answers one request on a Unix socket with a canned reply and
/// keeps what it was sent.
///
/// ```swift
/// let daemon = try FakeDaemon(status: 404, body: #"{"error":{"message":"no job 99"}}"#)
/// let result = try daemon.run(["job", "show", "99"])
/// daemon.request  // "GET /v1/jobs/99 HTTP/1.1\r\n..."
/// ```
private final class FakeDaemon: @unchecked Sendable {
    private let directory: TemporaryDirectory
    private let status: Int
    private let body: String
    private let lock = NSLock()
    private var received: String?

    init(status: Int, body: String) throws {
        self.directory = try TemporaryDirectory()
        self.status = status
        self.body = body
    }

    var request: String? {
        lock.withLock { received }
    }

    /// Runs odysseyctl against this daemon and returns once both are done.
    func run(_ arguments: [String]) throws -> OdysseyctlBinary.Result {
        defer { directory.remove() }
        let path = directory.path("control.sock")
        let socket = try UnixSocket.bind(to: path)
        try socket.listen()
        let descriptor = socket.descriptor
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            serve(descriptor)
            done.signal()
        }
        let result = try OdysseyctlBinary.run(arguments + ["--socket", path])
        socket.shutdown()  // wakes accept() if odysseyctl never connected
        done.wait()
        return result
    }

    private func serve(_ listener: Int32) {
        let connection = Glibc.accept(listener, nil, nil)
        guard connection >= 0 else { return }
        defer { close(connection) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while !Self.isComplete(bytes) {
            let count = read(connection, &chunk, chunk.count)
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        lock.withLock { received = String(decoding: bytes, as: UTF8.self) }
        let reply = "HTTP/1.1 \(status) Canned\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        let replyBytes = Array(reply.utf8)
        var sent = 0
        while sent < replyBytes.count {
            let count = replyBytes[sent...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            sent += count
        }
    }

    /// Headers read, and as much body as they announce.
    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let headers = text[..<end.lowerBound].lowercased()
        let length = headers.split(separator: "\r\n")
            .first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return text[end.upperBound...].utf8.count >= length
    }
}

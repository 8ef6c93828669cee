import Foundation
import Shared
import Testing
@testable import odysseyctl

@Suite("Text and JSON output")
struct RendererTests {
    @Test func healthyStatusIsAlignedKeyValueLines() {
        #expect(StatusRenderer.text(for: Fixtures.healthyStatus) == """
            version             0.1.0
            pid                 4242
            uptime              3h 12m
            state               running
            database            ok
            discord             ready
            job system          ok
            pending migrations  0
            problems            none
            """)
    }

    @Test func statusListsEachProblemAndPointsAtMigrate() {
        #expect(StatusRenderer.text(for: Fixtures.maintenanceStatus) == """
            version             0.1.0
            pid                 4242
            uptime              42s
            state               maintenance
            database            ok
            discord             not_ready
            job system          fail
            pending migrations  2
            problems            0001_foundation.sql changed since it was applied
                                database: connection reset

            Run `odysseyctl migrate` to apply pending migrations.
            """)
    }

    @Test func statusDoesNotRepeatTheDaemonsOwnMigrateAdvice() {
        var status = Fixtures.maintenanceStatus
        status.problems = ["1 migration(s) pending: run `odysseyctl migrate`"]
        let text = StatusRenderer.text(for: status)
        #expect(text.components(separatedBy: "odysseyctl migrate").count == 2)
        #expect(text.hasSuffix("problems            1 migration(s) pending: run `odysseyctl migrate`"))
    }

    @Test func statusJSONUsesTheControlAPIKeys() throws {
        let text = JSONRenderer.text(for: Fixtures.healthyStatus)
        #expect(text == """
            {
              "boss" : "ok",
              "db" : "ok",
              "discord" : "ready",
              "pending_migrations" : 0,
              "pid" : 4242,
              "problems" : [

              ],
              "started_at" : "2025-11-22T02:53:20Z",
              "state" : "running",
              "uptime" : 11520,
              "version" : "0.1.0"
            }
            """)
        let decoded = try ControlJSON.decoder.decode(StatusResponse.self, from: Data(text.utf8))
        #expect(decoded == Fixtures.healthyStatus)
    }

    @Test(arguments: [
        (0.0, "0s"), (59.9, "59s"), (60, "1m 0s"), (3_599, "59m 59s"), (11_520, "3h 12m"),
        (86_399, "23h 59m"), (90_061, "1d 1h"), (-5, "0s"),
    ])
    func uptime(seconds: Double, text: String) {
        #expect(DurationText.uptime(seconds) == text)
    }

    @Test(arguments: [(0, "0 ms"), (999, "999 ms"), (1_000, "1.00 s"), (1_250, "1.25 s"), (61_006, "61.01 s")])
    func migrationDuration(milliseconds: Int, text: String) {
        #expect(DurationText.milliseconds(milliseconds) == text)
    }

    @Test func appliedMigrationsShowFileAndDuration() {
        #expect(MigrationRenderer.appliedText(for: Fixtures.appliedJustNow) == """
            Applied 2 migrations:
            MIGRATION            DURATION
            0001_foundation.sql  120 ms
            0002_jobs.sql        1.25 s
            """)
    }

    @Test func applyingACurrentSchemaSaysSo() {
        #expect(MigrationRenderer.appliedText(for: Fixtures.currentSchema) == "Schema is current; nothing to apply.")
    }

    @Test func migrationStatusTable() {
        #expect(MigrationRenderer.statusText(for: Fixtures.pendingSchema) == """
            VERSION  NAME        STATE    APPLIED AT
            0001     foundation  applied  2025-11-21T04:40:00Z
            0002     jobs        pending  -

            1 pending; run `odysseyctl migrate` to apply.
            """)
    }

    @Test func migrationStatusExplainsProblems() {
        let report = MigrationReport(migrations: [Fixtures.changedFoundation, Fixtures.jobs])
        let text = MigrationRenderer.statusText(for: report)
        #expect(text.hasPrefix("VERSION  NAME        STATE    APPLIED AT\n0001     foundation  changed  2025-11-21T04:40:00Z\n"))
        #expect(text.hasSuffix("\n\n0001_foundation.sql changed on disk after it was applied; restore the original file."))
    }

    @Test func migrationReportJSONRoundTrips() throws {
        let text = JSONRenderer.text(for: Fixtures.appliedJustNow)
        #expect(text.contains(#""applied_now" : ["#))
        #expect(text.contains(#""duration_milliseconds" : 1250"#))
        #expect(text.contains(#""applied_at" : "2025-11-21T04:40:00Z""#))
        let decoded = try ControlJSON.decoder.decode(MigrationReport.self, from: Data(text.utf8))
        #expect(decoded == Fixtures.appliedJustNow)
    }

    @Test func seedListsInsertedRows() {
        #expect(SeedRenderer.text(for: Fixtures.firstSeed) == """
            Seeded 2 rows; 1 already in place.
            TABLE          KEY
            settings       default_locale
            feature_flags  welcome
            """)
    }

    @Test func secondSeedHasNothingToDo() {
        #expect(SeedRenderer.text(for: Fixtures.repeatedSeed) == "Nothing to do: all 2 setup rows are already in place.")
    }

    @Test func seedJSON() throws {
        let text = JSONRenderer.text(for: Fixtures.repeatedSeed)
        let decoded = try ControlJSON.decoder.decode(SeedReport.self, from: Data(text.utf8))
        #expect(decoded == Fixtures.repeatedSeed)
        #expect(text.contains(#""action" : "unchanged""#))
    }

    @Test func versionJSONKeepsANullDaemon() {
        #expect(JSONRenderer.text(for: VersionReport(client: "0.1.0", daemon: nil)) == """
            {
              "client" : "0.1.0",
              "daemon" : null
            }
            """)
    }

    @Test func versionTextNamesWhyTheDaemonIsUnknown() {
        let failure = DaemonUnreachable(socketPath: "/x.sock", errno: ENOENT)
        let text = VersionRenderer.text(for: VersionReport(client: "0.1.0", daemon: nil), failure: failure)
        #expect(text == """
            odysseyctl  0.1.0
            odysseyd    unknown: \(failure.description)
            """)
        #expect(VersionRenderer.text(for: VersionReport(client: "0.1.0", daemon: "0.0.9"), failure: nil) == """
            odysseyctl  0.1.0
            odysseyd    0.0.9
            """)
    }

    @Test func errorJSONIsTheControlAPIErrorShape() throws {
        let text = JSONRenderer.text(for: ControlErrorBody(message: "nope"))
        let decoded = try ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(text.utf8))
        #expect(decoded.error.message == "nope")
    }
}

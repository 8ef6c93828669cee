import Foundation
import Shared
import Testing

@Suite("Control API wire format")
struct ControlJSONTests {
    @Test func keysAreSnakeCaseAndDatesISO8601() throws {
        let status = StatusResponse(
            version: "0.1.0", pid: 42, startedAt: Date(timeIntervalSince1970: 0), uptime: 1.5, state: .running,
            db: "ok", discord: "ready", boss: "ok", pendingMigrations: 0, problems: []
        )
        let json = String(decoding: try ControlJSON.encoder.encode(status), as: UTF8.self)
        #expect(json.contains("\"pending_migrations\":0"))
        #expect(json.contains("\"started_at\":\"1970-01-01T00:00:00Z\""))
        #expect(try ControlJSON.decoder.decode(StatusResponse.self, from: Data(json.utf8)) == status)
    }

    @Test func errorBodyHasTheDocumentedShape() throws {
        let json = String(decoding: try ControlJSON.encoder.encode(ControlErrorBody(message: "no")), as: UTF8.self)
        #expect(json == #"{"error":{"message":"no"}}"#)
    }

    @Test func healthNeedsDatabaseRunningAndNoProblems() {
        var status = StatusResponse(
            version: "0.1.0", pid: 1, startedAt: Date(), uptime: 0, state: .running,
            db: "ok", discord: "not_ready", boss: "fail", pendingMigrations: 0, problems: []
        )
        #expect(status.isHealthy)
        status.state = .maintenance
        #expect(!status.isHealthy)
        status.state = .running
        status.db = "fail"
        #expect(!status.isHealthy)
    }

    @Test func migrationReportSortsOutPendingAndProblems() {
        let report = MigrationReport(migrations: [
            MigrationEntry(version: 1, name: "foundation", state: .applied, checksum: "a"),
            MigrationEntry(version: 2, name: "jobs", state: .changed, checksum: "b"),
            MigrationEntry(version: 3, name: "discord", state: .pending, checksum: "c"),
        ])
        #expect(report.pending.map(\.fileName) == ["0003_discord.sql"])
        #expect(report.problems.map(\.version) == [2])
    }

    @Test func seedReportKnowsWhetherItChangedAnything() {
        #expect(!SeedReport(rows: [SeedChange(table: "settings", key: "default_locale", action: .unchanged)]).changedAnything)
        #expect(SeedReport(rows: [SeedChange(table: "settings", key: "default_locale", action: .inserted)]).insertedCount == 1)
    }
}

@Suite("Text tables")
struct TextTableTests {
    @Test func columnsAlignAndTheLastIsNotPadded() {
        var table = TextTable(columns: ["VERSION", "NAME", "STATE"])
        table.append(["0001", "foundation", "applied"])
        table.append(["0002", "jobs", "pending"])
        #expect(table.render() == """
            VERSION  NAME        STATE
            0001     foundation  applied
            0002     jobs        pending
            """)
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// `odysseyctl stats` against a running odysseyd: refused in maintenance, then the usage rows
/// read back through the control API, filtered by guild and period.
@Suite("Stats control, end to end")
struct StatsControlProcessTests {
    @Test func statsThroughTheRealBinaries() async throws {
        try await TestDatabase.with { database, pool in
            let daemon = try await DaemonProcessTests.start(database: database)
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }

            let maintenance = try await daemon.ctl("stats", "--json")
            #expect(maintenance.status == OdysseyExitCode.failed.rawValue)
            #expect(maintenance.stdout.contains("maintenance"), "503 with the daemon's words: \(maintenance.stdout)")
            #expect(try await daemon.ctl("migrate").status == 0)

            // Written as the recorder would; the daemon has no Discord here to record anything itself.
            let today = UsageDay(Date())
            _ = try await pool.query("""
                INSERT INTO command_usage_daily (day, guild_id, command, uses) VALUES
                ($1::date, 500, 'roll dice', 5), ($1::date, 500, 'ping', 2), ($2::date, 500, 'ping', 4), ($1::date, 0, 'ping', 1)
                """, [today, today.adding(days: -20)])
            _ = try await pool.query("""
                INSERT INTO command_usage_members (day, guild_id, command, user_id) VALUES
                ($1::date, 500, 'roll dice', 1), ($1::date, 500, 'roll dice', 2), ($1::date, 500, 'ping', 1),
                ($2::date, 500, 'ping', 3), ($1::date, 0, 'ping', 9)
                """, [today, today.adding(days: -20)])

            let week = try await daemon.ctl("stats", "--guild", "500", "--json")
            #expect(week.status == 0, "\(week.stderr)")
            let report = try ControlJSON.decoder.decode(CommandUsageReport.self, from: Data(week.stdout.utf8))
            #expect(report.guildId == "500")
            #expect(report.commands == [
                CommandUsageEntry(command: "roll dice", uses: 5, members: 2),
                CommandUsageEntry(command: "ping", uses: 2, members: 1),
            ], "the default period is 7 days: \(report)")
            #expect(report.totalUses == 7 && report.distinctMembers == 2 && report.activeDays == 1)
            #expect(report.since == today.adding(days: -7).start)

            let month = try await daemon.json(CommandUsageReport.self, "stats", "--since", "30d")
            #expect(month.guildId == nil && month.totalUses == 12 && month.distinctMembers == 4, "all guilds and DMs: \(month)")
            #expect(month.commands.first == CommandUsageEntry(command: "ping", uses: 7, members: 3))

            let text = try await daemon.ctl("stats", "--guild", "0")
            #expect(text.status == 0)
            #expect(text.stdout.contains("scope        direct messages\n"), "\(text.stdout)")
            #expect(text.stdout.contains("ping     1     1"), "\(text.stdout)")

            let tooFar = try await daemon.ctl("stats", "--since", "40000d")
            #expect(tooFar.status == OdysseyExitCode.failed.rawValue)
            #expect(tooFar.stderr.contains("more than 100 years"), "\(tooFar.stderr)")

            kill(daemon.process.processIdentifier, SIGTERM)
            #expect(await DaemonProcessTests.waitForExit(daemon.process) == 0)
        }
    }
}

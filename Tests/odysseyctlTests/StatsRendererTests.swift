import Foundation
import Shared
import Testing
@testable import odysseyctl

/// `odysseyctl stats`: its text table, its JSON, and the arguments it refuses.
@Suite("Stats output and arguments")
struct StatsRendererTests {
    static let report = CommandUsageReport(
        since: Date(timeIntervalSince1970: 1_799_971_200 - 6 * 86_400),  // 2027-01-09T00:00:00Z
        until: Date(timeIntervalSince1970: 1_800_000_000),
        guildId: "500", totalUses: 12, distinctMembers: 4, activeDays: 3,
        commands: [
            CommandUsageEntry(command: "roll dice", uses: 9, members: 3),
            CommandUsageEntry(command: "ping", uses: 3, members: 2),
        ]
    )

    @Test func textShowsThePeriodTotalsAndOneLinePerCommand() {
        #expect(UsageRenderer.text(for: Self.report) == """
            scope        guild 500
            since        2027-01-09 (UTC)
            uses         12
            members      4
            active days  3

            COMMAND    USES  MEMBERS
            roll dice  9     3
            ping       3     2
            """)
    }

    @Test func anEmptyPeriodSaysSo() {
        var report = Self.report
        report.guildId = nil
        report.commands = []
        report.totalUses = 0
        let text = UsageRenderer.text(for: report)
        #expect(text.hasPrefix("scope        all guilds and DMs\n"))
        #expect(text.hasSuffix("\n\nNo commands used in this period."))
        #expect(UsageRenderer.scope("0") == "direct messages")
    }

    @Test func jsonUsesTheControlAPIKeysAndRoundTrips() throws {
        let text = JSONRenderer.text(for: Self.report)
        #expect(text == """
            {
              "active_days" : 3,
              "commands" : [
                {
                  "command" : "roll dice",
                  "members" : 3,
                  "uses" : 9
                },
                {
                  "command" : "ping",
                  "members" : 2,
                  "uses" : 3
                }
              ],
              "distinct_members" : 4,
              "guild_id" : "500",
              "since" : "2027-01-09T00:00:00Z",
              "total_uses" : 12,
              "until" : "2027-01-15T08:00:00Z"
            }
            """)
        #expect(try ControlJSON.decoder.decode(CommandUsageReport.self, from: Data(text.utf8)) == Self.report)
    }

    @Test func thePathCarriesTheQuery() {
        #expect(ControlPath.stats(guildID: nil, since: nil) == "/v1/stats")
        #expect(ControlPath.stats(guildID: "500", since: "604800s") == "/v1/stats?guild_id=500&since=604800s")
        #expect(ControlPath.stats(guildID: nil, since: "7d") == "/v1/stats?since=7d")
    }

    @Test(arguments: [["stats", "--guild", "abc"], ["stats", "--since", "7x"], ["stats", "--since", "-1d"], ["stats", "--since", ""]])
    func badArgumentsExit64(arguments: [String]) throws {
        let result = try OdysseyctlBinary.run(arguments)
        #expect(result.exitCode == OdysseyExitCode.usage.rawValue)
        #expect(!result.stderr.isEmpty)
    }
}

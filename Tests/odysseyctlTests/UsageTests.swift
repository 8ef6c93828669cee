import Shared
import Testing

/// ArgumentParser owns the command line; these pin the exit code it gives for mistakes.
@Suite("Command line usage")
struct UsageTests {
    @Test(arguments: [
        ["status", "--bogus"], ["frobnicate"], ["migrate", "--socket"], ["seed", "--socket", ""],
        ["status", "--socket", "/tmp/" + String(repeating: "s", count: 103)],
    ])
    func usageErrorsExit64(arguments: [String]) throws {
        let result = try OdysseyctlBinary.run(arguments)
        #expect(result.exitCode == OdysseyExitCode.usage.rawValue)
        #expect(!result.stderr.isEmpty)
    }

    @Test func versionFlagPrintsTheClientVersion() throws {
        let result = try OdysseyctlBinary.run(["--version"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == OdysseyVersion.current + "\n")
    }

    @Test func helpListsTheCommandsButNotTheManualGenerator() throws {
        let result = try OdysseyctlBinary.run(["--help"])
        #expect(result.exitCode == 0)
        for command in ["status", "migrate", "seed", "version"] {
            #expect(result.stdout.contains("  \(command) "))
        }
        #expect(!result.stdout.contains("generate-manual"))
    }
}

import Foundation
import Shared
import Testing
@testable import odysseyctl

/// `odysseyctl sandbox` end to end when no sandbox answers: exit 69, in text and in JSON.
@Suite("Sandbox commands without a sandbox")
struct SandboxCommandTests {
    // Port 1 (tcpmux) has no listener on a test machine: connect() is refused at once.
    private static let nowhere = "http://127.0.0.1:1"

    @Test func unreachableSandboxExits69WithAdvice() throws {
        let result = try OdysseyctlBinary.run(["sandbox", "world", "--sandbox", Self.nowhere])
        #expect(result.exitCode == OdysseyExitCode.unavailable.rawValue)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("cannot reach a Discord sandbox at \(Self.nowhere) (Connection refused)"))
        #expect(result.stderr.contains("odysseyd sandbox"))
    }

    @Test func jsonErrorsGoToStandardOutput() throws {
        let result = try OdysseyctlBinary.run(["sandbox", "interact", "/ping", "--sandbox", Self.nowhere, "--json"])
        #expect(result.exitCode == 69)
        let body = try ControlJSON.decoder.decode(ControlErrorBody.self, from: Data(result.stdout.utf8))
        #expect(body.error.message.contains("cannot reach a Discord sandbox"))
    }

    @Test func aClickNeedsItsMessage() throws {
        let result = try OdysseyctlBinary.run(["sandbox", "interact", "--click", "season:join", "--sandbox", Self.nowhere])
        #expect(result.exitCode == OdysseyExitCode.usage.rawValue)
        #expect(result.stderr.contains("--click needs --message"))
    }
}

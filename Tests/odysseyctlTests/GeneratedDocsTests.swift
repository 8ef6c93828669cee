import Foundation
import Testing

/// The committed man page and completions must match what the current command tree produces.
@Suite("Generated CLI docs")
struct GeneratedDocsTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // odysseyctlTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    @Test(arguments: [
        ("man/odysseyctl.1", ["generate-manual"]),
        ("completions/bash/odysseyctl", ["--generate-completion-script", "bash"]),
        ("completions/zsh/_odysseyctl", ["--generate-completion-script", "zsh"]),
        ("completions/fish/odysseyctl.fish", ["--generate-completion-script", "fish"]),
    ])
    func committedFileIsCurrent(path: String, arguments: [String]) throws {
        let fresh = try OdysseyctlBinary.run(arguments)
        try #require(fresh.exitCode == 0, "odysseyctl \(arguments.joined(separator: " ")) failed: \(fresh.stderr)")
        let committed = try? String(contentsOf: Self.packageRoot.appendingPathComponent(path), encoding: .utf8)
        #expect(
            committed == fresh.stdout,
            "\(path) is out of date with the odysseyctl command tree; run scripts/generate-cli-docs and commit the result"
        )
    }

    @Test func manualHasTheSectionsOperatorsLookFor() throws {
        let page = try OdysseyctlBinary.run(["generate-manual"]).stdout
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"] {
            #expect(page.contains("\n.Sh \(section)\n"), "missing section \(section)")
        }
        for code in ["0", "1", "2", "64", "69"] {
            #expect(page.contains("\n.It \(code)\n"), "exit status \(code) undocumented")
        }
        #expect(page.contains(".It Ev ODYSSEY_CONTROL_SOCKET"))
        #expect(page.contains(".It Pa /run/odysseyd/control.sock"))
        #expect(page.contains(".Xr odysseyd.conf 5 ,\n.Xr odysseyd 8\n"))
        #expect(!page.contains("generate-manual"))
    }
}

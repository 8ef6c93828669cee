import Foundation
import Testing
@testable import odysseyctl

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

    /// Every command has a man page entry: the leaves of command groups too, under their full
    /// name ("queue purge"), found by walking the same command tree the help output comes from.
    @Test func manualHasAnEntryForEveryLeafCommand() throws {
        let page = try OdysseyctlBinary.run(["generate-manual"]).stdout
        let root = try HelpDump(json: Odysseyctl._dumpHelp()).command
        let leaves = Self.leafCommands(under: root)
        // Guards the walk itself: these groups' leaves must be among what it found.
        for expected in ["queue ls", "queue show", "queue purge", "job show", "job retry", "job cancel",
                         "job enqueue", "schedule ls", "schedule on", "schedule off", "status"] {
            #expect(leaves.contains(expected), "\(expected) is not a visible leaf command")
        }
        for leaf in leaves {
            #expect(page.contains("\n.Nm odysseyctl Cm \(leaf)\n"), "no man page entry for odysseyctl \(leaf)")
        }
        #expect(page.contains("""

            .Nm odysseyctl Cm queue purge
            .Ar name
            .Fl -state Ar state
            .Xc

            """))
    }

    /// The full names of the commands without subcommands, e.g. "queue purge", skipping hidden
    /// commands and ArgumentParser's `help`.
    private static func leafCommands(under command: HelpDump.Command, path: [String] = []) -> [String] {
        let visible = (command.subcommands ?? []).filter { ($0.shouldDisplay ?? true) && $0.commandName != "help" }
        return visible.flatMap { subcommand in
            let name = path + [subcommand.commandName]
            let nested = leafCommands(under: subcommand, path: name)
            return nested.isEmpty ? [name.joined(separator: " ")] : nested
        }
    }
}

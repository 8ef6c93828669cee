import Foundation
import Testing
@testable import odysseyctl

/// Lines split like a POSIX shell splits them, and clear errors where it would wait for more.
@Suite("Shell tokenizer")
struct ShellTokenizerTests {
    @Test(arguments: [
        ("queue ls", ["queue", "ls"]),
        ("  status   --json  ", ["status", "--json"]),
        ("", []),
        (#"job enqueue a.b --payload '{"x": 1}'"#, ["job", "enqueue", "a.b", "--payload", #"{"x": 1}"#]),
        (#"say "two words" 'and $more'"#, ["say", "two words", "and $more"]),
        (#"a\ b c"#, ["a b", "c"]),
        (#""say \"hi\" \n""#, [#"say "hi" \n"#]),
        (#"'it'\''s'"#, ["it's"]),
        ("x '' \"\"", ["x", "", ""]),
        ("--socket=/tmp/a\\ b.sock", ["--socket=/tmp/a b.sock"]),
    ])
    func splits(line: String, expected: [String]) throws {
        #expect(try ShellTokenizer.split(line) == expected)
    }

    @Test(arguments: [("say 'oops", "'"), (#"say "oops"#, "\""), (#"end\"#, "\\")])
    func unterminatedLinesAreErrorsThatSayWhatIsOpen(line: String, open: Character) {
        #expect(throws: ShellTokenizer.Unterminated(character: open)) { try ShellTokenizer.split(line) }
    }

    @Test func unterminatedMessagesAreForPeople() {
        #expect(ShellTokenizer.Unterminated(character: "'").description == "unterminated ' quote: add the closing '")
        #expect(ShellTokenizer.Unterminated(character: "\\").description
            == "the line ends with a backslash; nothing follows it to escape")
    }

    @Test func scanKnowsTheWordBeingTyped() {
        #expect(ShellTokenizer.scan("queue show du").partialWord == "du")
        #expect(ShellTokenizer.scan("queue show du").completeWords == ["queue", "show"])
        #expect(ShellTokenizer.scan("queue show ").partialWord == "")
        #expect(ShellTokenizer.scan("queue show ").completeWords == ["queue", "show"])
        #expect(ShellTokenizer.scan("job enqueue 'duel.r").partialWord == "duel.r")
    }
}

/// Completion from the real command tree, with live values from a fake daemon.
@Suite("Shell completer")
struct ShellCompleterTests {
    static let tree: ShellCommandTree = {
        do {
            return try ShellCommandTree(root: Odysseyctl.self)
        } catch {
            fatalError("the command tree does not load: \(error)")
        }
    }()

    static let live = ShellLiveValues([
        .jobNames: ["duel.round.close", "dice.cleanup", "duel.reminder"],
        .scheduleNames: ["nightly-cleanup", "weekly-digest"],
        .featureNames: ["duel", "dice"],
        .backupNames: ["odyssey-20261130T135012.345Z-0007.dump"],
        .doctorChecks: ["database", "discord"],
        .guildIDs: ["123456789012345678"],
    ])

    let completer = ShellCompleter(tree: ShellCompleterTests.tree, liveValues: ShellCompleterTests.live)

    @Test func commandPrefixCompletesToSubcommands() {
        #expect(completer.complete("ver") == ["version"])
        #expect(completer.complete("s").starts(with: ["sandbox", "schedule", "seed", "session"]))
        #expect(completer.complete("qu") == ["queue", "quit"])
    }

    @Test func anEmptyLineOffersEveryVisibleCommandAndTheShellWords() {
        let all = completer.complete("")
        for expected in ["status", "queue", "job", "schedule", "version", "exit", "quit", "help"] {
            #expect(all.contains(expected))
        }
        // Hidden from help, hidden from completion.
        #expect(!all.contains("generate-manual"))
    }

    @Test func nestedSubcommandsComplete() {
        #expect(completer.complete("queue ") == ["ls", "purge", "show"])
        #expect(completer.complete("schedule o") == ["off", "on"])
        #expect(completer.complete("help queue p") == ["purge"])
        // Shell words only start a line.
        #expect(completer.complete("queue e") == [])
    }

    @Test func optionPrefixAfterACommandCompletesItsOptions() {
        let options = completer.complete("queue purge --")
        #expect(options.contains("--state"))
        #expect(options.contains("--socket"))
        #expect(options.contains("--json"))
        #expect(completer.complete("stats --gu") == ["--guild"])
        #expect(completer.complete("session ls --a") == ["--all"])
    }

    @Test func liveValuesCompleteTheirPositions() {
        #expect(completer.complete("queue show du") == ["duel.reminder", "duel.round.close"])
        #expect(completer.complete("job enqueue d") == ["dice.cleanup", "duel.reminder", "duel.round.close"])
        #expect(completer.complete("schedule off n") == ["nightly-cleanup"])
        #expect(completer.complete("schedule on --json w") == ["weekly-digest"])
        // One positional only: nothing after the name.
        #expect(completer.complete("queue show duel.round.close d") == [])
        #expect(completer.complete("feature set d") == ["dice", "duel"])
        #expect(completer.complete("backup restore ") == ["odyssey-20261130T135012.345Z-0007.dump"])
        #expect(completer.complete("doctor da") == ["database"])
        // Job ids are not live values.
        #expect(completer.complete("job show ") == [])
    }

    @Test func fixedChoicesCompleteFromTheCommandTree() {
        // The second positional of `feature set` is an enum: its cases come from ArgumentParser.
        #expect(completer.complete("feature set dice o") == ["off", "on"])
        #expect(completer.complete("backup schedule ") == ["off", "on"])
    }

    @Test func optionValuesCompleteAfterTheOptionAndAfterEquals() {
        #expect(completer.complete("stats --guild 12") == ["123456789012345678"])
        #expect(completer.complete("invite --guild=1") == ["123456789012345678"])
        // The value was consumed: the next word is an option or a positional again.
        #expect(completer.complete("stats --guild 123 --j") == ["--json"])
    }

    @Test func withoutLiveValuesPositionsCompleteToNothing() {
        let offline = ShellCompleter(tree: Self.tree)
        #expect(offline.complete("queue show ") == [])
        #expect(offline.complete("ver") == ["version"])
    }

    @Test func guildIDsComeFromEarlierLines() {
        let lines = ["stats --guild 111", "invite --guild=222", "commands plan --guild notanumber", "status"]
        #expect(ShellLiveValues.guildIDs(in: lines) == ["111", "222"])
    }
}

/// The prompt and the history file.
@Suite("Shell prompt and history")
struct ShellPromptAndHistoryTests {
    @Test func promptShowsStateAndAFailedExitCode() {
        #expect(ShellPrompt(daemon: "running").text == "odyssey (running) › ")
        #expect(ShellPrompt(daemon: "maintenance", lastExitCode: 2).text == "[2] odyssey (maintenance) › ")
        #expect(ShellPrompt(daemon: "unreachable", unicode: false).text == "odyssey (unreachable) > ")
    }

    @Test func historyPathFollowsXDGThenHome() {
        #expect(ShellHistory.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/odysseyctl/history")
        #expect(ShellHistory.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
            == "/h/.local/state/odysseyctl/history")
        #expect(ShellHistory.defaultPath(environment: [:]) == nil)
    }

    @Test func historyAppendsAndTrimsToItsLimit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let history = ShellHistory(path: directory.path("state/odysseyctl/history"), limit: 3)
        for line in ["a", "b", "c", "d", "e"] {
            history.append(line)
        }
        #expect(history.load() == ["c", "d", "e"])
        let file = try String(contentsOfFile: directory.path("state/odysseyctl/history"), encoding: .utf8)
        #expect(file == "c\nd\ne\n")
        let mode = try FileManager.default.attributesOfItem(atPath: directory.path("state/odysseyctl/history"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

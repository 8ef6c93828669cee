import ArgumentParser
import Foundation
import Shared

extension Odysseyctl {
    /// `odysseyctl shell`: the whole command tree at a prompt, with history and Tab completion.
    ///
    /// ```
    /// $ odysseyctl shell --socket /tmp/odysseyd.sock
    /// odyssey (running) › queue show du<Tab>
    /// odyssey (running) › queue show duel.round.close
    /// ...
    /// odyssey (running) › status --socket /nowhere
    /// [69] odyssey (running) › exit
    /// ```
    struct Shell: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run odysseyctl commands at an interactive prompt.",
            discussion: """
                Each line is an odysseyctl command without the leading odysseyctl, with the \
                same output, errors and exit codes; a non-zero exit code shows in the next \
                prompt, which also shows the daemon's state. Tab completes commands, options, \
                job, schedule, feature and backup names, and guild ids. --socket applies to every \
                line that does not name its own. History is kept in \
                $XDG_STATE_HOME/odysseyctl/history (else ~/.local/state/odysseyctl/history). \
                exit, quit or Ctrl-D leaves; help lists the commands.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            // Every command inside reads the socket through GlobalOptions, whose fallback is
            // this variable: so `--socket` given here holds unless a line gives its own.
            if let socket = global.socket {
                setenv(ControlDefaults.socketEnvironmentVariable, socket, 1)
            }
            // libedit reads the locale to handle multibyte input and the prompt's `›`.
            setlocale(LC_CTYPE, "")

            let environment = ProcessInfo.processInfo.environment
            let history = ShellHistory(path: ShellHistory.defaultPath(environment: environment))
            var pastLines = history.load()
            let editor = LineEditor(name: "odysseyctl", history: pastLines, historyLimit: history.limit)
            var completer = ShellCompleter(tree: try ShellCommandTree(root: Odysseyctl.self))
            var prompt = ShellPrompt(daemon: "unknown", unicode: ShellPrompt.terminalIsUTF8)
            var refresh = true

            while true {
                if refresh {
                    prompt.daemon = await ShellPrompt.daemonState(socketPath: global.socketPath)
                    completer.liveValues = prompt.daemon == "unreachable"
                        ? ShellLiveValues()
                        : await ShellLiveValues.fetch(from: global.client)
                    completer.liveValues[.guildIDs] += ShellLiveValues.guildIDs(in: pastLines)
                    editor.complete = { [completer] in completer.complete($0) }
                }
                guard let line = editor.readLine(prompt: prompt.text) else {
                    // Ctrl-D: end the prompt's line so the operator's shell starts on a fresh one.
                    print()
                    return
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                refresh = !trimmed.isEmpty
                guard !trimmed.isEmpty else { continue }
                // Trimmed: Tab leaves a space after a completed word, which history need not keep.
                editor.remember(trimmed)
                history.append(trimmed)
                pastLines.append(trimmed)

                let arguments: [String]
                do {
                    arguments = try ShellTokenizer.split(line)
                } catch {
                    ShellLineRunner.report(error.description)
                    prompt.lastExitCode = OdysseyExitCode.usage.rawValue
                    continue
                }
                switch arguments {
                case ["exit"], ["quit"]:
                    return
                case ["help"]:
                    prompt.lastExitCode = await ShellLineRunner.run(["help"])
                    print("In the shell, also: exit or quit (or Ctrl-D) to leave. Tab completes.")
                default:
                    prompt.lastExitCode = await ShellLineRunner.run(arguments)
                }
            }
        }
    }
}

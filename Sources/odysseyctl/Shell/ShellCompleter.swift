/// Completes a shell line: subcommand and option names from the command tree, fixed choices
/// (`on`/`off`), and live values (job, schedule, feature, backup names, guild ids) where a
/// command takes them.
///
/// Pure and synchronous, because libedit asks from inside a keystroke: live values are a
/// snapshot the shell refreshes between commands, never fetched on Tab.
///
/// ```swift
/// let completer = ShellCompleter(tree: try ShellCommandTree(root: Odysseyctl.self))
/// completer.complete("ver")            // ["version"]
/// completer.complete("stats --gu")     // ["--guild"]
/// ```
struct ShellCompleter: Sendable {
    var tree: ShellCommandTree
    var liveValues: ShellLiveValues

    /// Words only the shell understands, offered at the start of a line.
    static let shellWords = ["exit", "help", "quit"]

    /// Which positional (by command path, then index) takes which live value. The command
    /// tree says a positional is a `name`, not whose name, so this is the one table to extend.
    static let livePositionals: [String: [ShellLiveValues.Kind]] = [
        "queue show": [.jobNames],
        "queue purge": [.jobNames],
        "job enqueue": [.jobNames],
        "schedule on": [.scheduleNames],
        "schedule off": [.scheduleNames],
        "feature set": [.featureNames],
        "backup restore": [.backupNames],
        "doctor": [.doctorChecks],
    ]

    /// The same for option values, by long name, whichever command the option is on.
    static let liveOptions: [String: ShellLiveValues.Kind] = [
        "--guild": .guildIDs,
    ]

    init(tree: ShellCommandTree, liveValues: ShellLiveValues = ShellLiveValues()) {
        self.tree = tree
        self.liveValues = liveValues
    }

    /// The words that may replace the one being typed at the end of `line` (the text before
    /// the cursor), sorted. For `--option=value` only the part after `=` is replaced.
    func complete(_ line: String) -> [String] {
        let scan = ShellTokenizer.scan(line)
        let position = position(after: scan.completeWords)
        let partial = scan.partialWord

        if let option = position.pendingOption {
            return matching(partial, in: values(for: option))
        }
        if partial.hasPrefix("--"), let equals = partial.firstIndex(of: "=") {
            let name = String(partial[..<equals])
            guard let option = position.command.option(named: name) ?? tree.root.option(named: name) else { return [] }
            return matching(String(partial[partial.index(after: equals)...]), in: values(for: option))
        }
        if partial.hasPrefix("-"), !position.afterTerminator {
            let names = (position.command.options + (position.path.isEmpty ? [] : tree.root.options)).flatMap(\.names)
            return matching(partial, in: names)
        }

        var candidates: [String] = []
        if position.positionalIndex == 0 {
            candidates += position.command.subcommands.map(\.name)
            if scan.completeWords.isEmpty {
                candidates += Self.shellWords
            }
        }
        let positionals = position.command.positionals
        if position.positionalIndex < positionals.count {
            candidates += positionals[position.positionalIndex].choices
        }
        let kinds = Self.livePositionals[position.path.joined(separator: " ")] ?? []
        if position.positionalIndex < kinds.count {
            candidates += liveValues[kinds[position.positionalIndex]]
        }
        return matching(partial, in: candidates)
    }

    /// Where the typed words leave the cursor: which command, which positional, whether an
    /// option waits for its value.
    private struct Position {
        var command: ShellCommandTree.Command
        var path: [String] = []
        var positionalIndex = 0
        var pendingOption: ShellCommandTree.Option?
        var afterTerminator = false
    }

    private func position(after words: [String]) -> Position {
        var position = Position(command: tree.root)
        for (index, word) in words.enumerated() {
            if position.pendingOption != nil {
                position.pendingOption = nil
                continue
            }
            // `help queue` completes like `queue`: help takes a command path.
            if index == 0, word == "help" {
                continue
            }
            if !position.afterTerminator, word == "--" {
                position.afterTerminator = true
                continue
            }
            if !position.afterTerminator, word.hasPrefix("-"), word.count > 1 {
                if !word.contains("="),
                   let option = position.command.option(named: word) ?? tree.root.option(named: word),
                   option.takesValue {
                    position.pendingOption = option
                }
                continue
            }
            if position.positionalIndex == 0, let subcommand = position.command.subcommand(named: word) {
                position.command = subcommand
                position.path.append(word)
                continue
            }
            position.positionalIndex += 1
        }
        return position
    }

    private func values(for option: ShellCommandTree.Option) -> [String] {
        let live = option.names.compactMap { Self.liveOptions[$0] }.flatMap { liveValues[$0] }
        return option.choices + live
    }

    private func matching(_ prefix: String, in candidates: [String]) -> [String] {
        Array(Set(candidates.filter { $0.hasPrefix(prefix) })).sorted()
    }
}

import ArgumentParser
import Foundation

/// The commands, options and positionals the shell can complete, read from ArgumentParser's
/// own description of the command tree (`--experimental-dump-help`), so a new subcommand or
/// option completes without touching the shell.
///
/// ```swift
/// let tree = try ShellCommandTree(root: Odysseyctl.self)
/// tree.root.subcommand(named: "queue")?.subcommands.map(\.name)   // ["ls", "show", "purge"]
/// ```
struct ShellCommandTree: Sendable {
    struct Command: Sendable, Equatable {
        var name: String
        var subcommands: [Command]
        var options: [Option]
        /// Positional arguments in order.
        var positionals: [Positional]

        func subcommand(named name: String) -> Command? {
            subcommands.first { $0.name == name }
        }

        func option(named name: String) -> Option? {
            options.first { $0.names.contains(name) }
        }
    }

    struct Option: Sendable, Equatable {
        /// As typed: `--socket`, `-h`.
        var names: [String]
        /// Whether the next word is this option's value (options do, flags do not).
        var takesValue: Bool
        /// Fixed choices ArgumentParser knows of (an enum's cases), if any.
        var choices: [String]
    }

    struct Positional: Sendable, Equatable {
        /// As help shows it: `name`, `id`.
        var valueName: String
        /// Fixed choices (`on`, `off`), if any.
        var choices: [String]
    }

    var root: Command

    init(root: Command) {
        self.root = root
    }

    init(root type: any ParsableCommand.Type) throws {
        try self.init(json: type._dumpHelp())
    }

    init(json: String) throws {
        self.init(root: Self.command(from: try HelpDump(json: json).command))
    }

    private static func command(from dump: HelpDump.Command) -> Command {
        let arguments = (dump.arguments ?? []).filter(\.shouldDisplay)
        return Command(
            name: dump.commandName,
            // Hidden commands (generate-manual) stay out of completion as they stay out of help.
            subcommands: (dump.subcommands ?? []).filter { $0.shouldDisplay ?? true }.map(command(from:)),
            options: arguments.filter { $0.kind != .positional }.map { argument in
                Option(
                    names: (argument.names ?? []).map { $0.kind == .long ? "--" + $0.name : "-" + $0.name },
                    takesValue: argument.kind == .option,
                    choices: argument.allValues ?? []
                )
            },
            positionals: arguments.filter { $0.kind == .positional }.map {
                Positional(valueName: $0.valueName ?? "value", choices: $0.allValues ?? [])
            }
        )
    }
}

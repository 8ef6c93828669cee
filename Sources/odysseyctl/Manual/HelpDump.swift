import Foundation

/// The parts of ArgumentParser's `--experimental-dump-help` JSON the manual page and the shell's
/// completion use.
///
/// ArgumentParser's own model (`ArgumentParserToolInfo`) is not a public product, so this
/// mirrors the few fields needed; unknown fields are ignored.
///
/// ```swift
/// let dump = try HelpDump(json: Odysseyctl._dumpHelp())
/// dump.command.subcommands?.map(\.commandName)
/// ```
struct HelpDump: Decodable {
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    struct Argument: Decodable {
        enum Kind: String, Decodable {
            case positional, option, flag
        }

        struct Name: Decodable, Equatable {
            enum Kind: String, Decodable {
                case long, short, longWithSingleDash
            }

            var kind: Kind
            var name: String
        }

        var kind: Kind
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?
        var discussion: String?
        /// Fixed choices (an enum's cases), which the shell completes.
        var allValues: [String]?
    }

    var serializationVersion: Int
    var command: Command

    init(json: String) throws {
        self = try JSONDecoder().decode(HelpDump.self, from: Data(json.utf8))
    }
}

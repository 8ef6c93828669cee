import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl feature`: the feature modules and whether they are on, globally or per server.
    ///
    /// ```
    /// $ odysseyctl feature ls --guild 1191168914269274112
    /// $ odysseyctl feature set dice off --guild 1191168914269274112
    /// $ odysseyctl feature disable-all --guild 1191168914269274112
    /// ```
    struct Feature: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the features and switch them on or off.",
            discussion: """
                A feature is on in a server when that server's own switch says so; without one, \
                the global switch (what `seed` writes, changed without --guild) decides, and \
                without that, the feature's default. A switched-off feature's commands answer \
                with a short notice. Every change is recorded in the audit trail \
                (`odysseyctl audit`) with your uid.
                """,
            subcommands: [List.self, Set.self, EnableAll.self, DisableAll.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

/// `--guild ID` for the feature commands: one server, or every server (the global switch).
struct FeatureScopeOptions: ParsableArguments {
    @Option(name: .customLong("guild"), help: ArgumentHelp("This server only (default: the global switch).", valueName: "id"))
    var guildID: String?

    func validate() throws {
        try CommandScopeOptions.validate(guildID)
    }
}

extension Odysseyctl.Feature {
    /// `odysseyctl feature ls [--guild ID]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List the features, on or off, and where that comes from."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: FeatureScopeOptions

        func run() async throws {
            let report = try await global.request { try await $0.features(guildID: scope.guildID) }
            global.output.emit(report, text: FeatureRenderer.text(for: report))
        }
    }

    /// `odysseyctl feature set NAME on|off [--guild ID]`.
    struct Set: AsyncParsableCommand {
        enum State: String, ExpressibleByArgument, CaseIterable {
            case on, off
        }

        static let configuration = CommandConfiguration(
            abstract: "Switch one feature on or off.",
            discussion: "Exits 1 when the daemon knows no feature of that name (`odysseyctl feature ls` lists them)."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The feature, e.g. dice or stage_queue.", valueName: "name"))
        var name: String

        @Argument(help: ArgumentHelp("on or off.", valueName: "state"))
        var state: State

        @OptionGroup var scope: FeatureScopeOptions

        func run() async throws {
            try await FeatureRenderer.apply([name], enabled: state == .on, guildID: scope.guildID, global: global)
        }
    }

    /// `odysseyctl feature enable-all [--guild ID]`.
    struct EnableAll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable-all", abstract: "Switch every feature on.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: FeatureScopeOptions

        func run() async throws {
            try await FeatureRenderer.apply(nil, enabled: true, guildID: scope.guildID, global: global)
        }
    }

    /// `odysseyctl feature disable-all [--guild ID]`.
    struct DisableAll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable-all", abstract: "Switch every feature off.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: FeatureScopeOptions

        func run() async throws {
            try await FeatureRenderer.apply(nil, enabled: false, guildID: scope.guildID, global: global)
        }
    }
}

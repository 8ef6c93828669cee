import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl config`: one server's settings, the same ones `/admin config` changes in Discord.
    ///
    /// ```
    /// $ odysseyctl config ls --guild 1191168914269274112
    /// $ odysseyctl config get locale --guild 1191168914269274112
    /// $ odysseyctl config set stage_queue.host_role 1191168914269274200 --guild 1191168914269274112
    /// $ odysseyctl config set stage_queue.host_role unset --guild 1191168914269274112 --json
    /// ```
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show and change one server's settings.",
            discussion: """
                Every per-server setting: locale, timezone, admin_role, and the stage queue's and \
                mileage's channels, roles and modes (`config ls` lists them with what they accept). \
                A value is checked before anything is written; `unset` clears an optional one. \
                Every change is recorded in the audit trail (`odysseyctl audit`) with your uid.
                """,
            subcommands: [List.self, Get.self, Set.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

/// `--guild ID` for the config commands: required, settings belong to one server.
struct ConfigScopeOptions: ParsableArguments {
    @Option(name: .customLong("guild"), help: ArgumentHelp("The server whose settings to use.", valueName: "id"))
    var guildID: String

    func validate() throws {
        try CommandScopeOptions.validate(guildID)
    }
}

extension Odysseyctl.Config {
    /// `odysseyctl config ls --guild ID`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ls", abstract: "List every setting with its value and default.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var scope: ConfigScopeOptions

        func run() async throws {
            let report = try await global.request { try await $0.config(guildID: scope.guildID) }
            global.output.emit(report, text: ConfigRenderer.text(for: report))
        }
    }

    /// `odysseyctl config get KEY --guild ID`.
    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one setting.",
            discussion: "Exits 1 when there is no setting of that name (`odysseyctl config ls` lists them)."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The setting, e.g. locale or mileage.tier_mode.", valueName: "key"))
        var key: String

        @OptionGroup var scope: ConfigScopeOptions

        func run() async throws {
            let setting = try await global.request { client in
                let report = try await client.config(guildID: scope.guildID)
                guard let setting = report.settings.first(where: { $0.key == key }) else {
                    throw ConfigRenderer.UnknownKey(key: key, known: report.settings.map(\.key))
                }
                return setting
            }
            global.output.emit(setting, text: ConfigRenderer.text(for: setting))
        }
    }

    /// `odysseyctl config set KEY VALUE --guild ID`.
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change one setting.",
            discussion: "Exits 1, changing nothing, when the key is unknown or the value is not one it accepts."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The setting, e.g. locale or stage_queue.host_role.", valueName: "key"))
        var key: String

        @Argument(help: ArgumentHelp("The new value; unset clears an optional setting.", valueName: "value"))
        var value: String

        @OptionGroup var scope: ConfigScopeOptions

        func run() async throws {
            let result = try await global.request { try await $0.setConfig(key, to: value, guildID: scope.guildID) }
            global.output.emit(result, text: ConfigRenderer.text(for: result))
        }
    }
}

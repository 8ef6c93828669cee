/// The `/admin` command as Discord shows it: hidden from members without Manage Server
/// (`default_member_permissions`; ``AdminAccess`` also lets the `admin_role` in), servers only.
/// `config` offers every ``GuildSettingsStore/Key`` as a choice (Discord allows 25).
///
/// ```swift
/// let declared = [AdminCommandDefinition.admin]
/// ```
enum AdminCommandDefinition {
    static var admin: ApplicationCommandDefinition {
        let state = ApplicationCommandOption(type: .string, name: "state", description: "on or off", required: true, choices: [
            CommandChoice(name: "on", value: .string("on")), CommandChoice(name: "off", value: .string("off")),
        ])
        let featureName = ApplicationCommandOption(type: .string, name: "name", description: "The feature", required: true,
                                                   choices: FeatureCatalog.all.map { CommandChoice(name: $0.name, value: .string($0.name)) })
        let key = ApplicationCommandOption(type: .string, name: "key", description: "The setting", required: true,
                                           choices: GuildSettingsStore.Key.allCases.map { CommandChoice(name: $0.rawValue, value: .string($0.rawValue)) })
        return ApplicationCommandDefinition(
            name: "admin", description: "Run this server's bot: status, doctor, features, settings, schedules",
            options: [
                ApplicationCommandOption(type: .subcommand, name: "status", description: "Version, uptime, health and the job queues"),
                ApplicationCommandOption(type: .subcommand, name: "doctor", description: "Check setup, permissions, features and schedules"),
                ApplicationCommandOption(type: .subcommandGroup, name: "feature", description: "Switch features in this server", options: [
                    ApplicationCommandOption(type: .subcommand, name: "set", description: "Switch one feature on or off", options: [featureName, state]),
                    ApplicationCommandOption(type: .subcommand, name: "enable-all", description: "Switch every feature on"),
                    ApplicationCommandOption(type: .subcommand, name: "disable-all", description: "Switch every feature off"),
                ]),
                ApplicationCommandOption(type: .subcommandGroup, name: "config", description: "This server's settings", options: [
                    ApplicationCommandOption(type: .subcommand, name: "get", description: "Show a setting", options: [key]),
                    ApplicationCommandOption(type: .subcommand, name: "set", description: "Change a setting", options: [
                        key, ApplicationCommandOption(type: .string, name: "value", description: "ru|en, a zone like Europe/Moscow, an id or mention, on|off, stack|replace; unset clears",
                                                      required: true, minLength: 1, maxLength: 64),
                    ]),
                ]),
                ApplicationCommandOption(type: .subcommand, name: "schedule", description: "Switch a recurring job on or off", options: [
                    ApplicationCommandOption(type: .string, name: "name", description: "The schedule", required: true, autocomplete: true),
                    state,
                ]),
            ],
            defaultMemberPermissions: AdminFeature.permission, contexts: [.guild])
    }
}

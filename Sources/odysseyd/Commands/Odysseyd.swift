import ArgumentParser
import Shared

/// `odysseyd`: the daemon. With no subcommand it runs; `migrate` works offline for packaging.
@main
struct Odysseyd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "odysseyd",
        abstract: "The Odyssey Discord community daemon.",
        discussion: """
            Runs the Discord gateway, interactions, jobs and schedules out of PostgreSQL, and \
            serves /healthz, /metrics and the control socket used by odysseyctl. Configuration \
            comes from the environment, an env file and systemd credentials; see odysseyd.conf(5).
            """,
        version: OdysseyVersion.current,
        subcommands: [RunCommand.self, MigrateCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

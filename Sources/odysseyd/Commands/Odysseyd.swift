import ArgumentParser
import Shared

/// `odysseyd`: the daemon. With no subcommand it runs; `migrate` works offline for packaging.
@main
struct Odysseyd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "odysseyd",
        abstract: "The Odyssey Discord community daemon.",
        discussion: """
            Keeps the community's state in PostgreSQL and serves /healthz, /metrics and the \
            control socket used by odysseyctl; the Discord gateway, interactions and the job \
            system run inside it as they are added. Configuration comes from the environment, \
            an env file and systemd credentials; see odysseyd.conf(5).
            """,
        version: OdysseyVersion.current,
        subcommands: [RunCommand.self, MigrateCommand.self, BenchmarkCommand.self, SandboxCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

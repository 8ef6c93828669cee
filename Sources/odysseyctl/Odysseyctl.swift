import ArgumentParser
import Shared

/// The operator's tool: every subcommand is one request to `odysseyd` over its control socket.
///
/// ```
/// $ odysseyctl status
/// $ odysseyctl migrate --status --json
/// $ odysseyctl --socket /tmp/odysseyd.sock seed
/// $ odysseyctl queue ls
/// ```
@main
struct Odysseyctl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "odysseyctl",
        abstract: "Operate an Odyssey daemon over its control socket",
        discussion: """
            odysseyctl talks HTTP and JSON to odysseyd over a Unix socket. Reading commands \
            work for members of the odyssey group; commands that change the daemon's state \
            also need root, the daemon's own user, or its admin group.
            """,
        version: OdysseyVersion.current,
        subcommands: [
            Status.self, Migrate.self, Seed.self, Queue.self, Job.self, Schedule.self, SlashCommands.self, Invite.self, Stats.self, Feature.self, Config.self, Audit.self, Session.self, Backup.self, Doctor.self, Runbook.self, Version.self,
            GenerateManual.self, Sandbox.self, Shell.self,
        ]
    )

    // Declared here as well as on each subcommand so `odysseyctl --socket PATH status` works
    // like `odysseyctl status --socket PATH`: ArgumentParser fills both from either place.
    @OptionGroup var global: GlobalOptions
}

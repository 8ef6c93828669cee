import ArgumentParser

extension Odysseyctl {
    /// `odysseyctl backup`: dumps of the daemon's database, made and restored by odysseyd with
    /// PostgreSQL's pg_dump and pg_restore.
    ///
    /// ```
    /// $ odysseyctl backup create
    /// $ odysseyctl backup ls
    /// $ odysseyctl backup restore odyssey-20261130T135012.345Z-0007.dump
    /// $ odysseyctl backup schedule on
    /// ```
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create, list and restore database backups.",
            discussion: """
                The daemon runs pg_dump and pg_restore with its own connection settings and \
                keeps the dumps in ODYSSEY_BACKUP_DIR (/var/lib/odyssey/backups), the newest \
                ODYSSEY_BACKUP_KEEP of them. Restore refuses to overwrite a database that is \
                newer than the backup unless given --force.
                """,
            subcommands: [Create.self, List.self, Restore.self, ScheduleToggle.self]
        )

        @OptionGroup var global: GlobalOptions
    }
}

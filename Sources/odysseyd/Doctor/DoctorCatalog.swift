/// The checks `odysseyctl doctor` runs, in the order it shows them, built from the daemon's
/// parts. Checks that read feature tables wait for nothing: in maintenance they say so.
///
/// ```swift
/// let doctor = DoctorCatalog.doctor(DoctorCatalog.Parts(pool: pool, migrator: migrator, …))
/// ```
enum DoctorCatalog {
    struct Parts: Sendable {
        var pool: PostgresPool
        var migrator: Migrator
        var schemaReady: @Sendable () async -> Bool
        /// Nil when `DISCORD_TOKEN` is not set.
        var rest: DiscordRESTClient?
        var gateway: GatewayStatusBoard
        var connectedGuilds: @Sendable () async -> [Snowflake]
        var jobs: JobInspector
        var controlSocket: String
        var adminGroup: String
    }

    static func doctor(_ parts: Parts) -> Doctor {
        let features = FeatureFlags(database: parts.pool)
        return Doctor(checks: [
            MigrationsCheck(migrator: parts.migrator),
            SetupCheck(database: parts.pool, schemaReady: parts.schemaReady),
            DiscordTokenCheck(rest: parts.rest),
            GatewayCheck(board: parts.gateway, configured: parts.rest != nil),
            PermissionsCheck(rest: parts.rest, database: parts.pool, features: features,
                             guilds: DoctorGuilds(database: parts.pool, connected: parts.connectedGuilds), schemaReady: parts.schemaReady),
            MileageRolesCheck(failures: MileageRoleFailureStore(database: parts.pool), schemaReady: parts.schemaReady),
            FeaturesCheck(database: parts.pool, features: features, schemaReady: parts.schemaReady),
            SchedulesCheck(database: parts.pool, features: features, schemaReady: parts.schemaReady),
            JobsCheck(inspector: parts.jobs, schemaReady: parts.schemaReady),
            ControlSocketCheck(path: parts.controlSocket, adminGroup: parts.adminGroup),
        ])
    }
}

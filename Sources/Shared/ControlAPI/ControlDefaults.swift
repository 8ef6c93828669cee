/// Where the control socket lives and which paths it serves.
public enum ControlDefaults {
    /// The socket path used when neither `--socket` nor `ODYSSEY_CONTROL_SOCKET` says otherwise.
    public static let socketPath = "/run/odysseyd/control.sock"
    /// The environment variable that overrides ``socketPath`` for both programs.
    public static let socketEnvironmentVariable = "ODYSSEY_CONTROL_SOCKET"
}

/// The control API's routes, all under `/v1/`.
public enum ControlPath {
    public static let status = "/v1/status"
    public static let migrations = "/v1/migrations"
    public static let applyMigrations = "/v1/migrations/apply"
    public static let seed = "/v1/seed"
}

import Shared

/// Nothing answers at the sandbox URL: no `odysseyd sandbox` running there.
struct SandboxUnreachable: CommandFailure, Equatable {
    var url: String
    /// What the connection attempt said.
    var detail: String

    var exitCode: OdysseyExitCode { .unavailable }

    var description: String {
        "cannot reach a Discord sandbox at \(url) (\(detail)). Start one with `odysseyd sandbox`, "
            + "or point at yours with --sandbox URL or $\(SandboxDefaults.urlEnvironmentVariable)."
    }
}

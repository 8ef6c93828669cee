/// The exit codes every Odyssey command uses (sysexits.h values where one fits).
///
/// ```swift
/// exit(OdysseyExitCode.unavailable.rawValue)
/// ```
public enum OdysseyExitCode: Int32, Sendable {
    /// Everything worked.
    case ok = 0
    /// The command ran and failed.
    case failed = 1
    /// A check ran and found drift or problems.
    case problemsFound = 2
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// The daemon could not be reached (EX_UNAVAILABLE).
    case unavailable = 69
}

/// Why a backup could not be made, listed or restored; the control routes map each case to a
/// status (`notFound` 404, `newerDatabase` 409, `damaged` 422, the rest 500).
enum BackupError: Error, CustomStringConvertible, Equatable {
    case invalidName(String)
    case notFound(name: String, directory: String)
    case damaged(name: String, reason: String)
    case newerDatabase(String)
    case toolMissing(String)
    case toolFailed(String)
    case storage(String)

    var description: String {
        switch self {
        case .invalidName(let name):
            "\"\(name)\" is not a backup name (odyssey-YYYYMMDDTHHMMSS...Z-NNNN.dump, as `odysseyctl backup ls` shows)"
        case .notFound(let name, let directory):
            "no backup named \(name) in \(directory) (see `odysseyctl backup ls`)"
        case .damaged(let name, let reason):
            "backup \(name) is damaged or incomplete: \(reason)"
        case .newerDatabase(let reason):
            "the live database is newer than the backup: \(reason); restore with --force to overwrite it anyway"
        case .toolMissing(let tool):
            "\(tool) not found on PATH or under /usr/lib/postgresql/*/bin (apt-get install postgresql-client)"
        case .toolFailed(let message), .storage(let message):
            message
        }
    }
}

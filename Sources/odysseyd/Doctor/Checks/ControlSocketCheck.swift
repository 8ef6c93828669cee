import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `control-socket`: the socket is mode 0660 and owned by the admin group, its directory 0750,
/// so the group can run `odysseyctl` and nobody else can.
///
/// ```swift
/// let result = await ControlSocketCheck(path: "/run/odysseyd/control.sock", adminGroup: "odyssey").run()
/// ```
struct ControlSocketCheck: DoctorCheck {
    let path: String
    let adminGroup: String
    let name = "control-socket"
    let title = "Control socket"
    let summary = "the socket is 0660 and group-owned by the admin group, its directory 0750"

    func run() async -> DoctorResult {
        var socketStat = stat()
        guard lstat(path, &socketStat) == 0 else {
            return .failure("\(path) does not exist", fix: "Restart odysseyd; check ODYSSEY_CONTROL_SOCKET")
        }
        var findings: [DoctorFinding] = []
        let mode = socketStat.st_mode & 0o777
        if socketStat.st_mode & S_IFMT != S_IFSOCK {
            findings.append(.failure("\(path) is not a socket"))
        }
        if mode != 0o660 {
            findings.append(.failure("\(path) has mode \(Self.octal(mode)), expected 0660"))
        }
        let directory = (path as NSString).deletingLastPathComponent
        var directoryStat = stat()
        if !directory.isEmpty, stat(directory, &directoryStat) == 0 {
            let directoryMode = directoryStat.st_mode & 0o777
            // Wider than 0750 lets others reach the socket; narrower is the operator's choice.
            if directoryMode & ~0o750 != 0 {
                findings.append(.warning("\(directory) has mode \(Self.octal(directoryMode)), expected 0750"))
            }
        }
        if let groupID = ControlAccessPolicy.groupID(named: adminGroup) {
            if socketStat.st_gid != groupID {
                findings.append(.failure("\(path) belongs to group \(socketStat.st_gid), not \(adminGroup) (\(groupID))"))
            }
        } else {
            findings.append(.warning("the admin group \"\(adminGroup)\" does not exist: only root and the daemon's user can write"))
        }
        return .combine(findings, ok: "\(path): mode 0660, group \(adminGroup)",
                        fix: "Restart odysseyd (it sets 0660 and the group on start); create the group with `groupadd \(adminGroup)` "
                            + "or set ODYSSEY_ADMIN_GROUP; `chmod 0750 \(directory)`")
    }

    static func octal(_ mode: mode_t) -> String { "0" + String(mode, radix: 8) }
}

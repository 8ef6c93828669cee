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

    func run(in language: Language) async -> DoctorResult {
        typealias K = MessageKeys.DoctorChecks
        let say = DoctorText(language)
        var socketStat = stat()
        guard lstat(path, &socketStat) == 0 else {
            return .failure(say(K.socketMissing, ["path": path]), fix: say(K.socketMissingFix))
        }
        var findings: [DoctorFinding] = []
        let mode = socketStat.st_mode & 0o777
        if socketStat.st_mode & S_IFMT != S_IFSOCK {
            findings.append(.failure(say(K.socketNotSocket, ["path": path])))
        }
        if mode != 0o660 {
            findings.append(.failure(say(K.socketMode, ["path": path, "mode": Self.octal(mode)])))
        }
        let directory = (path as NSString).deletingLastPathComponent
        var directoryStat = stat()
        if !directory.isEmpty, stat(directory, &directoryStat) == 0 {
            let directoryMode = directoryStat.st_mode & 0o777
            // Wider than 0750 lets others reach the socket; narrower is the operator's choice.
            if directoryMode & ~0o750 != 0 {
                findings.append(.warning(say(K.socketDirectoryMode, ["path": directory, "mode": Self.octal(directoryMode)])))
            }
        }
        if let groupID = ControlAccessPolicy.groupID(named: adminGroup) {
            if socketStat.st_gid != groupID {
                findings.append(.failure(say(K.socketGroup, ["path": path, "gid": "\(socketStat.st_gid)", "group": adminGroup,
                                                             "expected": "\(groupID)"])))
            }
        } else {
            findings.append(.warning(say(K.socketNoGroup, ["group": adminGroup])))
        }
        return .combine(findings, ok: say(K.socketOK, ["path": path, "group": adminGroup]),
                        fix: say(K.socketFix, ["group": adminGroup, "directory": directory]), in: language)
    }

    static func octal(_ mode: mode_t) -> String { "0" + String(mode, radix: 8) }
}

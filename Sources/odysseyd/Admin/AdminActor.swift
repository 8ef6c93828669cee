#if canImport(Glibc)
import Glibc
#endif

/// Who changed something, for the audit trail: an operator through the control socket (their
/// uid, from SO_PEERCRED) or a member through `/admin` (their Discord id).
///
/// ```swift
/// let actor = AdminActor.operator(uid: peer.uid)        // "uid 1000 (ada)"
/// let member = AdminActor.member(interaction.invokingUser!.id)
/// ```
struct AdminActor: Sendable, Equatable {
    enum Source: String, Sendable {
        case odysseyctl
        case discord
    }

    let source: Source
    let name: String

    static func `operator`(uid: UInt32) -> AdminActor {
        AdminActor(source: .odysseyctl, name: userName(uid).map { "uid \(uid) (\($0))" } ?? "uid \(uid)")
    }

    /// The account name of `uid`, or nil when the system has none.
    private static func userName(_ uid: UInt32) -> String? {
        // Unsafe at the C boundary: getpwuid_r fills `entry` with pointers into `buffer`, so the
        // name is copied out before the buffer goes away. (getpwuid's static buffer is not thread-safe.)
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &found) == 0, found != nil, let name = entry.pw_name else { return nil }
        return String(cString: name)
    }

    static func member(_ id: Snowflake) -> AdminActor {
        AdminActor(source: .discord, name: id.description)
    }
}

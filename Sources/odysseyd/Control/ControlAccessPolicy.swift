#if canImport(Glibc)
import Glibc
#endif

/// Who may change things through the control socket: root, the daemon's own user, and members
/// of the admin group. Anyone who can open the socket (mode 0660) may read.
///
/// ```swift
/// let policy = ControlAccessPolicy(adminGroup: "odyssey")
/// policy.mayWrite(peer)
/// ```
struct ControlAccessPolicy: Sendable {
    let daemonUID: UInt32
    let adminGroupID: UInt32?
    /// The groups a user belongs to; the system's group database unless a test says otherwise.
    let groupsOfUser: @Sendable (_ uid: UInt32, _ primaryGID: UInt32) -> [UInt32]

    init(
        daemonUID: UInt32 = getuid(), adminGroupID: UInt32?,
        groupsOfUser: @escaping @Sendable (UInt32, UInt32) -> [UInt32] = ControlAccessPolicy.systemGroups
    ) {
        self.daemonUID = daemonUID
        self.adminGroupID = adminGroupID
        self.groupsOfUser = groupsOfUser
    }

    init(adminGroup: String) {
        self.init(adminGroupID: Self.groupID(named: adminGroup))
    }

    func mayWrite(_ peer: PeerCredentials) -> Bool {
        if peer.uid == 0 || peer.uid == daemonUID { return true }
        guard let adminGroupID else { return false }
        return peer.gid == adminGroupID || groupsOfUser(peer.uid, peer.gid).contains(adminGroupID)
    }

    static func groupID(named name: String) -> UInt32? {
        guard !name.isEmpty, let group = getgrnam(name) else { return nil }
        return group.pointee.gr_gid
    }

    @Sendable static func systemGroups(uid: UInt32, primaryGID: UInt32) -> [UInt32] {
        var buffer = [CChar](repeating: 0, count: 16_384)
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, let user = result else { return [primaryGID] }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(user.pointee.pw_name, primaryGID, &groups, &count) < 0 {
            groups = [gid_t](repeating: 0, count: Int(count))
            _ = getgrouplist(user.pointee.pw_name, primaryGID, &groups, &count)
        }
        return Array(groups.prefix(Int(max(count, 0))))
    }
}

/// Which tier roles a member should have for a total, and the changes that get them there from
/// the roles they hold now. Tier roles above the total are taken away too, so a reversed or
/// adjusted total ends in the roles it deserves; roles that are not tiers are never touched.
///
/// ```swift
/// let plan = MileageTierPlan(total: 120, tiers: tiers, mode: .replace, current: member.roles)
/// plan.add      // the highest tier reached, if missing
/// plan.remove   // every other tier role the member has
/// ```
struct MileageTierPlan: Sendable, Equatable {
    let desired: Set<Snowflake>
    /// Ascending by threshold, so lower tiers are granted first (the audit log reads in order).
    let add: [Snowflake]
    let remove: [Snowflake]
    /// The threshold behind each role, for audit log reasons.
    let thresholds: [Snowflake: Int64]

    init(total: Int64, tiers: [MileageTier], mode: MileageTierMode, current: [Snowflake]) {
        let sorted = tiers.sorted { $0.threshold < $1.threshold }
        let reached = sorted.filter { $0.threshold <= total }
        let desired: [MileageTier]
        switch mode {
        case .stack: desired = reached
        case .replace: desired = reached.last.map { [$0] } ?? []
        }
        let held = Set(current)
        let wanted = Set(desired.map(\.roleID))
        self.desired = wanted
        add = desired.map(\.roleID).filter { !held.contains($0) }
        remove = sorted.map(\.roleID).filter { held.contains($0) && !wanted.contains($0) }
        thresholds = Dictionary(sorted.map { ($0.roleID, $0.threshold) }, uniquingKeysWith: { first, _ in first })
    }

    var isEmpty: Bool { add.isEmpty && remove.isEmpty }
}

/// What the daemon knows about one job name: how many run at once and the defaults its jobs
/// get when the enqueuer does not say otherwise.
///
/// ```swift
/// JobDefinition("duel.round.close", concurrency: 2, retry: .standard, expireAfter: .seconds(120))
/// ```
struct JobDefinition: Sendable, Equatable {
    let name: String
    /// Jobs of this name one daemon runs at the same time.
    var concurrency: Int
    var retry: RetryPolicy
    /// How long one run may take before it counts as stuck.
    var expireAfter: Duration

    init(_ name: String, concurrency: Int = 4, retry: RetryPolicy = .standard, expireAfter: Duration = .seconds(300)) {
        precondition(concurrency > 0, "a queue needs at least one slot")
        self.name = name
        self.concurrency = concurrency
        self.retry = retry
        self.expireAfter = expireAfter
    }

    /// Job names are lowercase dotted words, as the `jobs.name` check constraint says.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 100 else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) }
    }
}

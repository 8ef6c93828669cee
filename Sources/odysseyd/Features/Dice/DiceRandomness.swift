import Synchronization

/// Where the dice feature's randomness comes from: the system's (getrandom) in the daemon, a
/// seeded sequence in tests, so a test can say exactly what a roll shows.
///
/// ```swift
/// var generator = DiceRandomness.system
/// let roll = try DiceRoller().roll("1d20", using: &generator)
/// ```
struct DiceRandomness: RandomNumberGenerator, Sendable {
    private let source: @Sendable () -> UInt64

    init(_ source: @escaping @Sendable () -> UInt64) {
        self.source = source
    }

    mutating func next() -> UInt64 { source() }

    static let system = DiceRandomness {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }

    /// One deterministic sequence shared by every copy, so consecutive handlers continue it.
    static func seeded(_ seed: UInt64) -> DiceRandomness {
        let state = Mutex(SeededRandomNumberGenerator(seed: seed))
        return DiceRandomness { state.withLock { $0.next() } }
    }
}

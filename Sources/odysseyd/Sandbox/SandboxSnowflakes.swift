import Foundation

/// Makes Discord-shaped ids: milliseconds since the Discord epoch in the top bits, then worker,
/// process and a sequence (reference.mdx, "Snowflakes"), so every id is 18–19 digits and its
/// timestamp reads true.
///
/// ```swift
/// var ids = SandboxSnowflakes()
/// let id = ids.next()                       // now, next sequence
/// SandboxSnowflakes.fixed(offset: 3)        // deterministic demo id
/// ```
struct SandboxSnowflakes: Sendable {
    static let discordEpochMilliseconds: UInt64 = 1_420_070_400_000
    /// 2024-01-01T00:00:00Z: the demo world's ids all date from then.
    static let demoEpochMilliseconds: UInt64 = 1_704_067_200_000

    private var sequence: UInt64 = 0
    private var lastMilliseconds: UInt64 = 0

    static func make(milliseconds: UInt64, worker: UInt64 = 1, sequence: UInt64) -> UInt64 {
        ((milliseconds - discordEpochMilliseconds) << 22) | ((worker & 0x1F) << 17) | (sequence & 0xFFF)
    }

    /// A deterministic id for the demo world: one millisecond per `offset`.
    static func fixed(offset: UInt64) -> UInt64 {
        make(milliseconds: demoEpochMilliseconds + offset, sequence: 0)
    }

    /// An id for now, unique within this generator.
    mutating func next(now: Date = Date()) -> UInt64 {
        var milliseconds = UInt64(max(now.timeIntervalSince1970 * 1000, Double(Self.discordEpochMilliseconds)))
        milliseconds = max(milliseconds, lastMilliseconds)
        if milliseconds == lastMilliseconds {
            sequence += 1
            if sequence > 0xFFF { milliseconds += 1; sequence = 0 }
        } else {
            sequence = 0
        }
        lastMilliseconds = milliseconds
        return Self.make(milliseconds: milliseconds, worker: 2, sequence: sequence)
    }
}

/// An integer enumeration from Discord's API that must survive values added after this code was
/// written: an unknown value decodes to `.unknown(value)` and encodes back unchanged, instead of
/// failing the whole payload (Discord adds channel, component and interaction types over time).
///
/// A conforming enum lists its known cases once and maps each to its number; the `unknown` case
/// satisfies ``unknown(_:)``.
///
/// ```swift
/// enum Fruit: DiscordEnum {
///     case apple, pear, unknown(Int)
///     static let knownCases: [Fruit] = [.apple, .pear]
///     var rawValue: Int {
///         switch self { case .apple: 1; case .pear: 2; case .unknown(let value): value }
///     }
/// }
/// Fruit(rawValue: 2)   // .pear
/// Fruit(rawValue: 9)   // .unknown(9)
/// ```
protocol DiscordEnum: Codable, Hashable, Sendable, CustomStringConvertible {
    static var knownCases: [Self] { get }
    static func unknown(_ value: Int) -> Self
    var rawValue: Int { get }
}

extension DiscordEnum {
    init(rawValue: Int) {
        self = Self.knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    var isKnown: Bool { Self.knownCases.contains(self) }

    /// "ChannelType 13", or "unknown ChannelType 99": for logs, where the number is what Discord sent.
    var description: String { (isKnown ? "" : "unknown ") + "\(Self.self) \(rawValue)" }

    init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(Int.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

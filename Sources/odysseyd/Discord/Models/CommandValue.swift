/// A value typed by a command option: what a user entered in an interaction, or the value of a
/// choice. Discord sends strings, integers, doubles or booleans depending on the option type
/// (discord-docs/interactions/receiving-and-responding.mdx, "Application Command Interaction
/// Data Option Structure"); ids of users, channels, roles and attachments come as strings.
enum CommandValue: Codable, Hashable, Sendable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case boolean(Bool)

    /// Decodes without knowing the option type: booleans, then whole numbers, then doubles.
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let value = try? c.decode(Bool.self) { self = .boolean(value) }
        else if let value = try? c.decode(Int64.self) { self = .integer(value) }
        else if let value = try? c.decode(Double.self) { self = .number(value) }
        else { self = .string(try c.decode(String.self)) }
    }

    /// Decodes as the option type says, so that a NUMBER option's `3` stays a double.
    init(from decoder: any Decoder, as type: ApplicationCommandOptionType) throws {
        let c = try decoder.singleValueContainer()
        switch type {
        case .integer: self = .integer(try c.decode(Int64.self))
        case .number: self = .number(try c.decode(Double.self))
        case .boolean: self = .boolean(try c.decode(Bool.self))
        case .string, .user, .channel, .role, .mentionable, .attachment: self = .string(try c.decode(String.self))
        default: self = try CommandValue(from: decoder)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let value): try c.encode(value)
        case .integer(let value): try c.encode(value)
        case .number(let value): try c.encode(value)
        case .boolean(let value): try c.encode(value)
        }
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var integer: Int64? { if case .integer(let value) = self { value } else { nil } }
    var boolean: Bool? { if case .boolean(let value) = self { value } else { nil } }
    /// Integers widen: a NUMBER option may arrive as a whole number.
    var number: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }
    /// A user, channel, role or mentionable option's id.
    var snowflake: Snowflake? { string.flatMap(Snowflake.init) }

    /// Discord may echo a whole-number double as an integer: `3` and `3.0` are the same value.
    static func == (lhs: CommandValue, rhs: CommandValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.boolean(let a), .boolean(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        default:
            if let a = lhs.number, let b = rhs.number { a == b } else { false }
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(value)
        case .boolean(let value): hasher.combine(value)
        case .integer, .number: hasher.combine(number)
        }
    }
}

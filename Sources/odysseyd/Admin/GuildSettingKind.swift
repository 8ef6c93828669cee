import Foundation

/// What a per-guild setting holds, and so how its text is checked, stored and read back: every
/// setting travels as text (`/admin config`, `odysseyctl config`) but lives in a typed column.
///
/// ```swift
/// let kind = GuildSettingKind.snowflake
/// try kind.parse("<#1191168914269274112>", key: "stage_queue.stage_channel").text  // "1191168914269274112"
/// try kind.parse("unset", key: "stage_queue.stage_channel").text                            // nil: cleared
/// ```
enum GuildSettingKind: Sendable, Equatable {
    /// One of a closed list, in a `text` column.
    case choice([String])
    /// An IANA zone (or UTC), in a nullable `text` column.
    case timeZone
    /// A channel or role id, in a nullable `bigint` column.
    case snowflake
    /// `on` or `off`, in a `boolean` column.
    case flag

    /// The word that clears an optional setting.
    static let unsetWord = "unset"

    /// The value as it will be stored: the database parameter and its canonical text (nil: cleared).
    struct Parsed: Sendable {
        let parameter: any PostgresEncodable
        let text: String?
    }

    /// Whether `unset` may clear it; the others always have a value (their default until set).
    var isOptional: Bool {
        switch self {
        case .timeZone, .snowflake: true
        case .choice, .flag: false
        }
    }

    /// What the setting accepts, for help texts and error messages.
    var expected: String {
        switch self {
        case .choice(let values): values.joined(separator: " or ")
        case .timeZone: "an IANA zone such as Europe/Moscow or UTC"
        case .snowflake: "an id (digits, or a #channel / @role mention)"
        case .flag: "on or off"
        }
    }

    /// Checks and converts `text`; the error names the key and what it expects.
    func parse(_ input: String, key: String) throws -> Parsed {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased() == Self.unsetWord {
            guard isOptional else { throw GuildSettingsStore.InvalidValue(description: "\(key) cannot be unset: it must be \(expected)") }
            return Parsed(parameter: Optional<String>.none, text: nil)
        }
        switch self {
        case .choice(let values):
            guard values.contains(text) else { throw invalid(key) }
            return Parsed(parameter: text, text: text)
        case .timeZone:
            guard (text.contains("/") || text == "UTC"), TimeZone(identifier: text) != nil else { throw invalid(key) }
            return Parsed(parameter: text, text: text)
        case .snowflake:
            guard let id = Self.snowflake(in: text) else { throw invalid(key) }
            return Parsed(parameter: id, text: id.description)
        case .flag:
            guard text == "on" || text == "off" else { throw invalid(key) }
            return Parsed(parameter: text == "on", text: text)
        }
    }

    /// The stored value as text; nil when the column is null.
    func text(in row: PostgresRow, column: String) throws -> String? {
        switch self {
        case .choice, .timeZone: try row.decode(String?.self, column: column)
        case .snowflake: try row.decode(Snowflake?.self, column: column)?.description
        case .flag: try row.decode(Bool?.self, column: column).map { $0 ? "on" : "off" }
        }
    }

    private func invalid(_ key: String) -> GuildSettingsStore.InvalidValue {
        GuildSettingsStore.InvalidValue(description: "\(key) must be \(expected)\(isOptional ? ", or unset" : "")")
    }

    /// Digits, or a channel (`<#id>`) or role (`<@&id>`) mention as Discord's client pastes it.
    /// Ids are stored as `bigint`, so zero and anything past Int64.max are not ids.
    private static func snowflake(in text: String) -> Snowflake? {
        var digits = Substring(text)
        for prefix in ["<#", "<@&"] where digits.hasPrefix(prefix) && digits.hasSuffix(">") {
            digits = digits.dropFirst(prefix.count).dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = UInt64(digits),
              value > 0, value <= UInt64(Int64.max) else { return nil }
        return Snowflake(value)
    }
}

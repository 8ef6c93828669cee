/// A typed `custom_id` for components and modals: a short prefix naming the handler, then
/// `:`-separated fields. It carries everything the handler needs, so a button still works after
/// the daemon restarts (nothing is kept in memory between the message and the click).
/// Discord caps a custom_id at 100 characters (discord-docs/interactions/message-components.mdx,
/// "custom_id"); ``encoded()`` refuses longer ones instead of letting Discord reject the message.
///
/// ```swift
/// let id = try CustomID("duel-accept", ["42", "7"]).encoded()      // "duel-accept:42:7"
/// let parsed = try CustomID(parsing: id)
/// let duelID = try parsed.field(0, as: Int64.self)
/// ```
struct CustomID: Hashable, Sendable {
    /// Discord's limit on `custom_id`, in characters.
    static let maximumLength = 100
    static let separator: Character = ":"

    let prefix: String
    let fields: [String]

    /// Refuses an empty prefix and any `:` inside the prefix or a field, which would shift fields on parse.
    init(_ prefix: String, _ fields: [String] = []) throws(CustomIDError) {
        guard !prefix.isEmpty else { throw CustomIDError(.emptyPrefix) }
        for part in [prefix] + fields where part.contains(Self.separator) {
            throw CustomIDError(.separatorInPart(part))
        }
        self.prefix = prefix
        self.fields = fields
    }

    init(parsing text: String) throws(CustomIDError) {
        guard text.count <= Self.maximumLength else { throw CustomIDError(.tooLong(text.count)) }
        let parts = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard let prefix = parts.first, !prefix.isEmpty else { throw CustomIDError(.emptyPrefix) }
        self.prefix = prefix
        self.fields = Array(parts.dropFirst())
    }

    /// The wire form; throws when over Discord's 100 characters.
    func encoded() throws(CustomIDError) -> String {
        let text = ([prefix] + fields).joined(separator: String(Self.separator))
        guard text.count <= Self.maximumLength else { throw CustomIDError(.tooLong(text.count)) }
        return text
    }

    /// The field at `index`, converted; a typed error names the field when it is missing or not convertible.
    func field<T: LosslessStringConvertible>(_ index: Int, as type: T.Type = String.self) throws(CustomIDError) -> T {
        guard fields.indices.contains(index) else { throw CustomIDError(.missingField(index: index, prefix: prefix)) }
        guard let value = T(fields[index]) else {
            throw CustomIDError(.badField(index: index, value: fields[index], expected: "\(T.self)"))
        }
        return value
    }

    /// Whether `customID` belongs to a handler registered under `prefix`: the whole id, or the id up to its first `:`.
    static func matches(_ customID: String, prefix: String) -> Bool {
        customID == prefix || customID.hasPrefix(prefix + String(separator))
    }
}

/// Why a custom_id could not be built or read.
struct CustomIDError: Error, Equatable, CustomStringConvertible {
    enum Reason: Sendable, Equatable {
        case emptyPrefix
        case separatorInPart(String)
        case tooLong(Int)
        case missingField(index: Int, prefix: String)
        case badField(index: Int, value: String, expected: String)
    }

    let reason: Reason

    init(_ reason: Reason) { self.reason = reason }

    var description: String {
        switch reason {
        case .emptyPrefix: "custom_id has no handler prefix"
        case .separatorInPart(let part): "custom_id part \"\(part)\" contains the separator \":\""
        case .tooLong(let count): "custom_id is \(count) characters, Discord allows \(CustomID.maximumLength)"
        case .missingField(let index, let prefix): "custom_id \"\(prefix)\" has no field \(index)"
        case .badField(let index, let value, let expected): "custom_id field \(index) \"\(value)\" is not a \(expected)"
        }
    }
}

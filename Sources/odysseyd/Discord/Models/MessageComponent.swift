/// A component as it appears in a `components` array, tagged by its `type`. Kinds the daemon
/// does not build (the newer layout components, other selects) decode to `.unsupported` so a
/// message carrying them still decodes; they cannot be encoded back.
enum MessageComponent: Codable, Hashable, Sendable {
    case actionRow(ActionRow)
    case button(Button)
    case stringSelect(StringSelect)
    case textInput(TextInput)
    case unsupported(ComponentType)

    var type: ComponentType {
        switch self {
        case .actionRow: .actionRow
        case .button: .button
        case .stringSelect: .stringSelect
        case .textInput: .textInput
        case .unsupported(let type): type
        }
    }

    /// The custom id of an interactive component, if it has one.
    var customID: String? {
        switch self {
        case .button(let button): button.customID
        case .stringSelect(let select): select.customID
        case .textInput(let input): input.customID
        case .actionRow, .unsupported: nil
        }
    }

    private enum TypeKey: String, CodingKey { case type }

    init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(ComponentType.self, forKey: .type)
        switch type {
        case .actionRow: self = .actionRow(try ActionRow(from: decoder))
        case .button: self = .button(try Button(from: decoder))
        case .stringSelect: self = .stringSelect(try StringSelect(from: decoder))
        case .textInput: self = .textInput(try TextInput(from: decoder))
        default: self = .unsupported(type)
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .actionRow(let row): try row.encode(to: encoder)
        case .button(let button): try button.encode(to: encoder)
        case .stringSelect(let select): try select.encode(to: encoder)
        case .textInput(let input): try input.encode(to: encoder)
        case .unsupported(let type):
            throw EncodingError.invalidValue(type, EncodingError.Context(
                codingPath: encoder.codingPath, debugDescription: "component type \(type.rawValue) cannot be sent by this daemon"))
        }
    }
}

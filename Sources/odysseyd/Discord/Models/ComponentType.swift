/// The kind of a message or modal component.
/// Values from discord-docs/components/reference.mdx, "Component Types"; unknown ones decode to `.unknown`.
enum ComponentType: DiscordEnum {
    case actionRow, button, stringSelect, textInput, userSelect, roleSelect, mentionableSelect, channelSelect, section, textDisplay, thumbnail, mediaGallery, file, separator, container, label, fileUpload, radioGroup, checkboxGroup, checkbox
    case unknown(Int)

    static let knownCases: [ComponentType] = [.actionRow, .button, .stringSelect, .textInput, .userSelect, .roleSelect, .mentionableSelect, .channelSelect, .section, .textDisplay, .thumbnail, .mediaGallery, .file, .separator, .container, .label, .fileUpload, .radioGroup, .checkboxGroup, .checkbox]

    var rawValue: Int {
        switch self {
        case .actionRow: 1
        case .button: 2
        case .stringSelect: 3
        case .textInput: 4
        case .userSelect: 5
        case .roleSelect: 6
        case .mentionableSelect: 7
        case .channelSelect: 8
        case .section: 9
        case .textDisplay: 10
        case .thumbnail: 11
        case .mediaGallery: 12
        case .file: 13
        case .separator: 14
        case .container: 17
        case .label: 18
        case .fileUpload: 19
        case .radioGroup: 21
        case .checkboxGroup: 22
        case .checkbox: 23
        case .unknown(let value): value
        }
    }
}

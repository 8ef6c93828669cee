/// Discord's size and shape rules for what the daemon sends, checked before sending so a
/// mistake is a precise error with a field path instead of an opaque 400 from Discord.
///
/// Lengths count Unicode scalars (code points), as Discord's unicode-flagged regexes and
/// server count them, not Swift `Character`s: an emoji with modifiers is several.
/// Where the docs and the OpenAPI spec differ, the stricter, documented number wins (noted at
/// each constant).
///
/// ```swift
/// try RequestLimits.validate(payload)            // throws RequestLimitError
/// let problems = RequestLimits.violations(in: payload)
/// problems.first?.description                    // "embeds[0].title: 300 characters, at most 256"
/// ```
enum RequestLimits {
    // discord-docs/resources/message.mdx, Create Message JSON params: "up to 2000 characters".
    // The spec's MessageCreateRequest says 4000 (a Nitro user's limit), its interaction/webhook
    // schemas say 2000: bots get 2000.
    static let contentLength = 2000
    // message.mdx, Create Message: "Up to 10 rich embeds"; spec embeds maxItems 10.
    static let embedCount = 10
    // message.mdx, "Embed Limits" table; spec RichEmbed*.
    static let embedTitleLength = 256
    static let embedDescriptionLength = 4096
    static let embedFieldCount = 25
    static let embedFieldNameLength = 256
    static let embedFieldValueLength = 1024
    static let embedFooterTextLength = 2048
    static let embedAuthorNameLength = 256
    // message.mdx, "Embed Limits": title, description, field names and values, footer text
    // and author names of all embeds of one message together.
    static let embedTotalLength = 6000
    // spec RichEmbed.url / RichEmbedAuthor.url maxLength 2048, RichEmbed.color 0...0xFFFFFF.
    static let embedURLLength = 2048
    static let embedColorRange = 0...0xFF_FFFF

    // components/reference.mdx, "Action Row": up to 5 buttons or a single select. Five rows per
    // message is the legacy (non-components-v2) limit; the spec's 40 counts every component of
    // a components-v2 message, which the daemon does not send.
    static let actionRowCount = 5
    static let buttonsPerRow = 5
    // components/reference.mdx, "custom_id": 1 to 100 characters, unique per message.
    static let customIDLength = 1...100
    // components/reference.mdx, Button Structure: label max 80, url max 512.
    static let buttonLabelLength = 80
    static let buttonURLLength = 512
    // components/reference.mdx, String Select Structure: options max 25 (spec minItems 1),
    // placeholder max 150, min_values 0...25, max_values 1...25; Select Option: label, value and
    // description max 100.
    static let selectOptionCount = 1...25
    static let selectPlaceholderLength = 150
    static let selectMinValues = 0...25
    static let selectMaxValues = 1...25
    static let selectOptionTextLength = 100
    // Spec TextInputComponentForModalRequest: label 1...45 (the docs mark a text input's label
    // deprecated in favour of the Label component, whose label is also max 45), value max 4000,
    // placeholder max 100, min_length 0...4000, max_length 1...4000.
    static let textInputLabelLength = 1...45
    static let textInputValueLength = 4000
    static let textInputPlaceholderLength = 100
    static let textInputMinLength = 0...4000
    static let textInputMaxLength = 1...4000
    // interactions/receiving-and-responding.mdx, "Modal": custom_id 1-100, title max 45 (spec
    // minLength 1), between 1 and 5 components.
    static let modalTitleLength = 1...45
    static let modalComponentCount = 1...5
    // receiving-and-responding.mdx, "Autocomplete": max of 25 choices.
    static let autocompleteChoiceCount = 25

    // interactions/application-commands.mdx, "Application Command Naming" and structures:
    // names 1-32, CHAT_INPUT descriptions 1-100 (empty for USER and MESSAGE commands),
    // max 25 options, max 25 choices, choice names 1-100, string choice values up to 100.
    static let commandNameLength = 1...32
    static let commandDescriptionLength = 1...100
    static let commandOptionCount = 25
    static let commandChoiceCount = 25
    static let choiceNameLength = 1...100
    static let choiceStringValueLength = 100
    // application-commands.mdx, Option Structure: min_length 0-6000, max_length 1-6000.
    static let optionMinLength = 0...6000
    static let optionMaxLength = 1...6000
    // application-commands.mdx, "Slash Commands" warning: 8000 characters of names,
    // descriptions and values per command, options and choices included.
    static let commandTotalLength = 8000
    // application-commands.mdx, "Registering a Command": 100 CHAT_INPUT, 15 USER, 15 MESSAGE.
    static let chatInputCommandCount = 100
    static let contextMenuCommandCount = 15
    // Copied from application-commands.mdx, "Application Command Naming" (unicode flag set).
    static let commandNamePattern = #"^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$"#

    /// Throws every violation at once, or returns when there is none.
    static func require(_ violations: [RequestLimitViolation]) throws(RequestLimitError) {
        if !violations.isEmpty { throw RequestLimitError(violations: violations) }
    }

    static func validate(_ payload: MessagePayload) throws(RequestLimitError) {
        try require(violations(in: payload))
    }

    static func validate(_ response: InteractionResponse) throws(RequestLimitError) {
        try require(violations(in: response))
    }

    static func validate(commands: [ApplicationCommandDefinition]) throws(RequestLimitError) {
        try require(violations(inCommands: commands))
    }

    /// Counts as Discord does: code points.
    static func length(_ text: String) -> Int { text.unicodeScalars.count }
}

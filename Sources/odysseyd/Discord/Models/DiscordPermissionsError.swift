/// A permissions string that is not a decimal unsigned 64-bit integer.
struct DiscordPermissionsError: Error, CustomStringConvertible, Equatable {
    let text: String
    var description: String { "\"\(text)\" is not a Discord permission set (a decimal integer string)" }
}

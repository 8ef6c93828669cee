/// An invalid setting: names it and says what form it expects.
struct ConfigurationError: Error, CustomStringConvertible {
    let setting: String
    let message: String

    var description: String { "invalid configuration: \(setting): \(message)" }
}

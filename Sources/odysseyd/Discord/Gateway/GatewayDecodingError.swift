/// A Gateway payload that could not be read, with what was wrong in words.
struct GatewayDecodingError: Error, CustomStringConvertible, Equatable {
    var description: String

    init(_ description: String) { self.description = description }
}

/// One broken Discord request rule, with the JSON path of the offending field as Discord would
/// name it, e.g. `embeds[0].fields[25]` or `components[1].components[0].custom_id`.
struct RequestLimitViolation: Hashable, Sendable, CustomStringConvertible {
    let path: String
    let message: String

    /// Empty for the request as a whole (e.g. too many commands).
    var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

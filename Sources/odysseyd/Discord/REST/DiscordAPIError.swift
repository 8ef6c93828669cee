import Foundation

/// Discord refused a request: the HTTP status with Discord's JSON error body
/// (topics/opcodes-and-status-codes.mdx, "JSON Error Codes": `{"code": 50035, "message": "Invalid
/// Form Body", "errors": {...}}`), and the route it was for.
///
/// `errors` nests like the request body, with `_errors` lists at the leaves
/// (`{"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "..."}]}}`); they are
/// flattened into ``fieldErrors`` with a path such as `embeds[0].title`. The route is shown by
/// ``DiscordRoute/description``, which hashes interaction and webhook tokens, and the bot token is
/// never part of a request path, so the description is safe to log.
///
/// ```swift
/// do { _ = try await client.createMessage(channel: id, payload: payload) }
/// catch let error as DiscordAPIError where error.code == 10003 { /* Unknown Channel */ }
/// ```
struct DiscordAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    struct FieldError: Sendable, Equatable {
        /// Where in the request body, e.g. "embeds[0].fields[2].value"; "" for the body itself.
        var path: String
        var code: String?
        var message: String?
    }

    let status: Int
    /// ``DiscordRoute/description`` of the request (tokens hashed).
    let route: String
    /// Discord's JSON error code; nil when the body was not Discord's JSON (e.g. a proxy's 502 page).
    let code: Int?
    let message: String?
    let fieldErrors: [FieldError]

    init(status: Int, route: String, code: Int? = nil, message: String? = nil, fieldErrors: [FieldError] = []) {
        self.status = status
        self.route = route
        self.code = code
        self.message = message
        self.fieldErrors = fieldErrors
    }

    /// Reads Discord's error body; anything unreadable leaves only the status.
    init(status: Int, route: DiscordRoute, body: Data) {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        var fieldErrors: [FieldError] = []
        if let errors = object?["errors"] { Self.collect(errors, path: "", into: &fieldErrors) }
        self.init(
            status: status,
            route: route.description,
            code: (object?["code"] as? NSNumber)?.intValue,
            message: object?["message"] as? String,
            fieldErrors: fieldErrors
        )
    }

    var description: String {
        var text = "Discord answered \(status) to \(route)"
        if let code { text += ": error \(code)" }
        if let message { text += code == nil ? ": \(message)" : " \(message)" }
        if let first = fieldErrors.first {
            let location = first.path.isEmpty ? "body" : first.path
            text += " (at \(location): \(first.message ?? first.code ?? "invalid")"
            if fieldErrors.count > 1 { text += "; \(fieldErrors.count - 1) more" }
            text += ")"
        }
        return text
    }

    /// Depth-first, keys in order (numerically for array indices), so the first error is stable.
    private static func collect(_ node: Any, path: String, into result: inout [FieldError]) {
        guard let object = node as? [String: Any] else { return }
        if let leaves = object["_errors"] as? [[String: Any]] {
            for leaf in leaves {
                result.append(FieldError(path: path, code: leaf["code"] as? String, message: leaf["message"] as? String))
            }
        }
        let keys = object.keys.filter { $0 != "_errors" }.sorted { lhs, rhs in
            switch (Int(lhs), Int(rhs)) {
            case let (l?, r?): l < r
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): lhs < rhs
            }
        }
        for key in keys {
            let child: String
            if Int(key) != nil {
                child = "\(path)[\(key)]"
            } else {
                child = path.isEmpty ? key : "\(path).\(key)"
            }
            collect(object[key] as Any, path: child, into: &result)
        }
    }
}

import Foundation

/// Validates the REST requests the daemon sends against Discord's own OpenAPI description, vendored
/// at `Tests/Fixtures/discord-api-spec/openapi.json` (MIT, see the LICENSE and VERSION beside it).
///
/// A request is matched to a path template by its concrete path (snowflake segments must be
/// decimal digits, literal segments such as `@me` win over parameters), then its method, then its
/// JSON body against the operation's `application/json` schema. Operations that accept only
/// `multipart/form-data` are checked with their form fields given as a JSON object; binary parts
/// cannot appear in JSON, so they are never reported missing.
///
/// ```swift
/// let body = Data(#"{"content": "hello"}"#.utf8)
/// let problems = DiscordOpenAPI.shared.validate(method: "POST", path: "/channels/123/messages", body: body)
/// #expect(problems.isEmpty, "\(problems)")
/// ```
///
/// Unions: Discord writes `oneOf` where branches overlap (a message component matches several
/// branches), so `oneOf` is checked like `anyOf`: one matching branch is enough. When none
/// matches, the problems of the closest branch are reported (the one that does not fail on the
/// value's type or on a discriminating `const`/`enum` property, then the one with fewest problems).
///
/// Stricter than the spec: ``documentedOverrides`` lists the few limits where Discord's
/// documentation is tighter for bots than the spec (which describes the server's limit for any
/// account); each cites its documentation page.
final class DiscordOpenAPI: Sendable {
    /// The vendored spec, loaded on first use. If it cannot be loaded every validation reports why.
    static let shared: DiscordOpenAPI = {
        let path = TestPaths.packageRoot + "/Tests/Fixtures/discord-api-spec/openapi.json"
        do {
            return try DiscordOpenAPI(contentsOf: path)
        } catch {
            return DiscordOpenAPI(failure: "cannot load \(path): \(error)")
        }
    }()

    /// Limits Discord documents for bot requests that the spec states more loosely.
    static let documentedOverrides: [Override] = [
        // resources/message.mdx, Create Message: "Message contents (up to 2000 characters)";
        // the spec's 4000 is the limit for Nitro users, which a bot never has.
        Override(schema: "MessageCreateRequest", property: "content", maxLength: 2000),
        // resources/message.mdx, Edit Message: "Message contents (up to 2000 characters)".
        Override(schema: "MessageEditRequestPartial", property: "content", maxLength: 2000),
    ]

    /// One tightened `maxLength` on a property of a component schema.
    struct Override: Sendable {
        var schema: String
        var property: String
        var maxLength: Int
    }

    /// Why the spec could not be loaded, if it could not.
    let loadFailure: String?
    /// Keywords met under components and request bodies that this validator does not check
    /// (annotations such as `title` and `description` are not counted).
    let ignoredKeywords: Set<String>
    private let nodes: [SchemaNode]
    private let components: [String: Int]
    private let routes: [Route]

    /// Schemas deeper than this (counting every `$ref`, union branch and nested value) are
    /// reported instead of followed, so a cycle in the spec cannot recurse forever.
    static let depthLimit = 200

    convenience init(contentsOf path: String) throws {
        try self.init(data: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Compiles a whole OpenAPI document: every component schema and every operation's body.
    init(data: Data, overrides: [Override] = DiscordOpenAPI.documentedOverrides) throws {
        let document = try OpenAPIJSON.parse(data)
        var compiler = SchemaCompiler(document: document)
        try compiler.compileComponents()
        for override in overrides { try compiler.apply(override) }
        routes = try compiler.compileRoutes()
        nodes = compiler.nodes
        components = compiler.componentIndex
        ignoredKeywords = compiler.ignoredKeywords
        loadFailure = nil
    }

    private init(failure: String) {
        loadFailure = failure
        ignoredKeywords = []
        nodes = []
        components = [:]
        routes = []
    }

    /// The problems with one request; empty when Discord's spec accepts it.
    ///
    /// `path` is the concrete request path (`/channels/123/messages`), with or without the
    /// `/api/v10` prefix and a query string; `body` is the JSON sent, `nil` or empty for none.
    func validate(method: String, path: String, body: Data?) -> [OpenAPIProblem] {
        if let loadFailure { return [OpenAPIProblem(.specUnavailable, "$", loadFailure)] }
        let segments = Self.segments(of: path)
        let matching = routes.filter { matches($0, segments) }
            .sorted { $0.literalCount > $1.literalCount }
        guard let best = matching.first else {
            return [OpenAPIProblem(.unknownPath, "$", "no path in Discord's spec matches \(path)")]
        }
        let verb = method.lowercased()
        guard let (route, operation) = matching.lazy.compactMap({ route in route.operations[verb].map { (route, $0) } }).first else {
            let allowed = best.operations.keys.map { $0.uppercased() }.sorted().joined(separator: ", ")
            return [OpenAPIProblem(.methodNotAllowed, "$", "\(method.uppercased()) is not allowed on \(best.template) (allowed: \(allowed))")]
        }
        let sent = body.flatMap { $0.isEmpty ? nil : $0 }
        guard let schema = operation.body else {
            return sent == nil ? [] : [OpenAPIProblem(.unexpectedBody, "$", "\(verb.uppercased()) \(route.template) takes no body")]
        }
        guard let sent else {
            return operation.bodyRequired ? [OpenAPIProblem(.missingBody, "$", "\(verb.uppercased()) \(route.template) requires a body")] : []
        }
        let value: OpenAPIJSON
        do {
            value = try OpenAPIJSON.parse(sent)
        } catch {
            return [OpenAPIProblem(.invalidJSON, "$", "body is not JSON: \(error)")]
        }
        return validate(value, node: schema)
    }

    /// The problems of `json` against the component schema `name` (`#/components/schemas/name`).
    func validate(json: Data, schema name: String) -> [OpenAPIProblem] {
        if let loadFailure { return [OpenAPIProblem(.specUnavailable, "$", loadFailure)] }
        guard let index = components[name] else {
            return [OpenAPIProblem(.unknownSchema, "$", "no component schema named \(name)")]
        }
        do {
            return validate(try OpenAPIJSON.parse(json), node: index)
        } catch {
            return [OpenAPIProblem(.invalidJSON, "$", "not JSON: \(error)")]
        }
    }

    /// Every `METHOD /template` that takes a body, for coverage checks.
    var operationsWithBodies: [String] {
        routes.flatMap { route in
            route.operations.filter { $0.value.body != nil }.map { "\($0.key.uppercased()) \(route.template)" }
        }.sorted()
    }

    private func validate(_ value: OpenAPIJSON, node: Int) -> [OpenAPIProblem] {
        var problems: [OpenAPIProblem] = []
        check(value, node, path: "$", depth: 0, into: &problems)
        return problems
    }

    // MARK: Paths

    private static func segments(of path: String) -> [String] {
        var path = Substring(path)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // The daemon may log the full path; the spec's paths are relative to `/api/v10`.
        if parts.count >= 2, parts[0] == "api", parts[1].hasPrefix("v"), Int(parts[1].dropFirst()) != nil {
            parts.removeFirst(2)
        }
        return parts.map { $0.removingPercentEncoding ?? $0 }
    }

    private func matches(_ route: Route, _ segments: [String]) -> Bool {
        guard route.segments.count == segments.count else { return false }
        for (expected, actual) in zip(route.segments, segments) {
            switch expected {
            case .literal(let text):
                if text != actual { return false }
            case .parameter(_, let schema):
                var problems: [OpenAPIProblem] = []
                check(parameterValue(actual, schema), schema, path: "$", depth: 0, into: &problems)
                if !problems.isEmpty { return false }
            }
        }
        return true
    }

    /// A path segment is text; a parameter declared as an integer is read as one.
    private func parameterValue(_ text: String, _ schema: Int) -> OpenAPIJSON {
        if nodes[schema].types?.contains(.integer) == true, let number = Int64(text) { return .integer(number) }
        return .string(text)
    }

    // MARK: Validation

    /// `sameValue` lists the nodes already applied to this very value: meeting one again means a
    /// `$ref` cycle that never descends into the value, which would otherwise loop (or branch
    /// exponentially through unions) until the depth limit.
    private func check(
        _ value: OpenAPIJSON, _ index: Int, path: String, depth: Int, sameValue: [Int] = [], into problems: inout [OpenAPIProblem]
    ) {
        guard depth < Self.depthLimit else {
            problems.append(OpenAPIProblem(.schema, path, "schema nesting deeper than \(Self.depthLimit)"))
            return
        }
        guard !sameValue.contains(index) else {
            problems.append(OpenAPIProblem(.schema, path, "$ref cycle through \(name(of: index)) never reaches a value"))
            return
        }
        let node = nodes[index]
        let applied = sameValue + [index]
        for reference in node.allOf {
            check(value, reference, path: path, depth: depth + 1, sameValue: applied, into: &problems)
        }
        if let types = node.types, !types.contains(where: { value.isA($0) }) {
            let expected = types.map(\.rawValue).sorted().joined(separator: " or ")
            problems.append(OpenAPIProblem(.schema, path, "expected \(expected), got \(value.typeName)", rule: .type))
            return
        }
        if let constant = node.constant, constant != value {
            problems.append(OpenAPIProblem(.schema, path, "expected \(constant.brief), got \(value.brief)", rule: .discriminator))
        }
        if let options = node.enumeration, !options.contains(value) {
            let list = options.map(\.brief).joined(separator: ", ")
            problems.append(OpenAPIProblem(.schema, path, "\(value.brief) is not one of [\(list)]", rule: .discriminator))
        }
        switch value {
        case .string(let text): checkString(text, node, path: path, into: &problems)
        case .integer, .number: checkNumber(value, node, path: path, into: &problems)
        case .array(let items): checkArray(items, node, path: path, depth: depth, into: &problems)
        case .object(let members): checkObject(members, node, path: path, depth: depth, into: &problems)
        case .null, .bool: break
        }
        if !node.anyOf.isEmpty {
            checkUnion(value, node.anyOf, keyword: node.unionKeyword, path: path, depth: depth, sameValue: applied, into: &problems)
        }
    }

    private func checkString(_ text: String, _ node: SchemaNode, path: String, into problems: inout [OpenAPIProblem]) {
        if node.minLength != nil || node.maxLength != nil {
            // JSON Schema counts characters as Unicode code points.
            let length = text.unicodeScalars.count
            if let maximum = node.maxLength, length > maximum {
                problems.append(OpenAPIProblem(.schema, path, "string longer than \(maximum)"))
            }
            if let minimum = node.minLength, length < minimum {
                problems.append(OpenAPIProblem(.schema, path, "string shorter than \(minimum)"))
            }
        }
        if let pattern = node.pattern, !pattern.matches(text) {
            problems.append(OpenAPIProblem(.schema, path, "\(OpenAPIJSON.string(text).brief) does not match \(pattern.source)"))
            // `SnowflakeType` states the same rule as a pattern and a format: report it once.
            return
        }
        if let format = node.format, let failure = Formats.check(string: text, format: format) {
            problems.append(OpenAPIProblem(.schema, path, failure))
        }
    }

    private func checkNumber(_ value: OpenAPIJSON, _ node: SchemaNode, path: String, into problems: inout [OpenAPIProblem]) {
        if let minimum = node.minimum, value.compare(to: minimum) == .orderedAscending {
            problems.append(OpenAPIProblem(.schema, path, "\(value.brief) is less than the minimum \(minimum.brief)"))
        }
        if let maximum = node.maximum, value.compare(to: maximum) == .orderedDescending {
            problems.append(OpenAPIProblem(.schema, path, "\(value.brief) is more than the maximum \(maximum.brief)"))
        }
        if let format = node.format, let failure = Formats.check(number: value, format: format) {
            problems.append(OpenAPIProblem(.schema, path, failure))
        }
    }

    private func checkArray(_ items: [OpenAPIJSON], _ node: SchemaNode, path: String, depth: Int, into problems: inout [OpenAPIProblem]) {
        if let maximum = node.maxItems, items.count > maximum {
            problems.append(OpenAPIProblem(.schema, path, "array longer than \(maximum) (has \(items.count))"))
        }
        if let minimum = node.minItems, items.count < minimum {
            problems.append(OpenAPIProblem(.schema, path, "array shorter than \(minimum) (has \(items.count))"))
        }
        if node.uniqueItems {
            for (offset, item) in items.enumerated() where items[..<offset].contains(item) {
                problems.append(OpenAPIProblem(.schema, "\(path)[\(offset)]", "duplicate of an earlier item (uniqueItems)"))
            }
        }
        if let schema = node.items {
            for (offset, item) in items.enumerated() {
                check(item, schema, path: "\(path)[\(offset)]", depth: depth + 1, into: &problems)
            }
        }
    }

    private func checkObject(_ members: [String: OpenAPIJSON], _ node: SchemaNode, path: String, depth: Int, into problems: inout [OpenAPIProblem]) {
        for name in node.required where members[name] == nil {
            // A binary part of a multipart form cannot travel in JSON, so it is never missing from it.
            if let property = node.properties[name], nodes[property].isBinary { continue }
            problems.append(OpenAPIProblem(.schema, path, "missing required property \"\(name)\""))
        }
        if let maximum = node.maxProperties, members.count > maximum {
            problems.append(OpenAPIProblem(.schema, path, "object has more than \(maximum) properties (has \(members.count))"))
        }
        if let minimum = node.minProperties, members.count < minimum {
            problems.append(OpenAPIProblem(.schema, path, "object has fewer than \(minimum) properties"))
        }
        for name in members.keys.sorted() {
            guard let member = members[name] else { continue }
            let memberPath = Self.path(path, name)
            if let property = node.properties[name] {
                check(member, property, path: memberPath, depth: depth + 1, into: &problems)
                continue
            }
            switch node.additionalProperties {
            case .allowed: break
            case .forbidden:
                problems.append(OpenAPIProblem(.schema, memberPath, "unknown property \"\(name)\" (additionalProperties is false)"))
            case .schema(let schema):
                check(member, schema, path: memberPath, depth: depth + 1, into: &problems)
            }
        }
    }

    /// Passes when any branch passes; otherwise reports the closest branch (see the type's notes).
    private func checkUnion(
        _ value: OpenAPIJSON, _ branches: [Int], keyword: String, path: String, depth: Int, sameValue: [Int], into problems: inout [OpenAPIProblem]
    ) {
        let constants = branches.compactMap { nodes[$0].namedConstant }
        if constants.count == branches.count {
            // Discord's enums are `oneOf` lists of titled constants: name the allowed values.
            guard !constants.contains(where: { $0.value == value }) else { return }
            let list = constants.map { "\($0.value.brief) (\($0.title))" }.joined(separator: ", ")
            problems.append(OpenAPIProblem(.schema, path, "\(value.brief) is not one of [\(list)]", rule: .discriminator))
            return
        }
        var results: [(branch: Int, problems: [OpenAPIProblem])] = []
        for branch in branches {
            var found: [OpenAPIProblem] = []
            check(value, branch, path: path, depth: depth + 1, sameValue: sameValue, into: &found)
            if found.isEmpty { return }
            results.append((branch, found))
        }
        func distance(_ found: [OpenAPIProblem]) -> (Int, Int, Int) {
            let wrongType = found.contains { $0.path == path && $0.rule == .type } ? 1 : 0
            // A wrong `type` or `const` on the value itself or one of its own properties means the
            // branch describes a different kind of thing (a different callback or component type).
            let wrongKind = found.filter { problem in
                problem.rule != .other && (problem.path == path || Self.isDirectMember(problem.path, of: path))
            }.count
            return (wrongType, wrongKind, found.count)
        }
        let ranked = results.map { (branch: $0.branch, problems: $0.problems, distance: distance($0.problems)) }
            .sorted { $0.distance < $1.distance }
        guard let closest = ranked.first else { return }
        // `oneOf: [null, X]` is only Discord's way of writing "nullable X": name no union for it.
        let plausible = ranked.filter { $0.distance.0 == 0 }.count
        if plausible > 1 || ranked.count > 2 {
            let names = ranked.count
            problems.append(OpenAPIProblem(.schema, path, "matches none of the \(names) \(keyword) branches; closest is \(name(of: closest.branch))"))
        }
        problems.append(contentsOf: closest.problems)
    }

    private func name(of index: Int) -> String {
        let node = nodes[index]
        if let reference = node.allOf.first, node.allOf.count == 1, let name = nodes[reference].name { return name }
        return node.name ?? node.title ?? "an inline schema"
    }

    private static func isDirectMember(_ candidate: String, of path: String) -> Bool {
        guard candidate.hasPrefix(path) else { return false }
        let rest = candidate.dropFirst(path.count)
        if rest.hasPrefix(".") { return !rest.dropFirst().contains(where: { $0 == "." || $0 == "[" }) }
        if rest.hasPrefix("[\"") { return rest.hasSuffix("\"]") && rest.filter({ $0 == "[" }).count == 1 }
        return false
    }

    static func path(_ base: String, _ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && CharacterSet.alphanumerics.contains($0)) }
        return plain ? "\(base).\(name)" : "\(base)[\(OpenAPIJSON.string(name).brief)]"
    }
}

/// One way a request differs from Discord's spec.
struct OpenAPIProblem: Sendable, Equatable, CustomStringConvertible {
    enum Kind: String, Sendable {
        case unknownPath, methodNotAllowed, unexpectedBody, missingBody, invalidJSON, schema
        case unknownSchema, specUnavailable
    }

    /// How a schema problem bears on choosing the closest union branch.
    enum Rule: Sendable {
        case type, discriminator, other
    }

    var kind: Kind
    /// Where in the body, as a JSON path (`$.embeds[0].title`); `$` for the request as a whole.
    var path: String
    var message: String
    var rule: Rule

    init(_ kind: Kind, _ path: String, _ message: String, rule: Rule = .other) {
        self.kind = kind
        self.path = path
        self.message = message
        self.rule = rule
    }

    var description: String { "\(path): \(message)" }
}

// MARK: - Compiled form

/// One schema with its references already resolved to indices into the validator's node table,
/// so cycles in the spec are plain index loops rather than infinite structures.
private struct SchemaNode: Sendable {
    enum Additional: Sendable {
        case allowed, forbidden
        case schema(Int)
    }

    var name: String?
    var title: String?
    var types: Set<JSONType>?
    var constant: OpenAPIJSON?
    var enumeration: [OpenAPIJSON]?
    var minLength: Int?
    var maxLength: Int?
    var pattern: Pattern?
    var format: String?
    var minimum: OpenAPIJSON?
    var maximum: OpenAPIJSON?
    var items: Int?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var properties: [String: Int] = [:]
    var required: [String] = []
    var additionalProperties = Additional.allowed
    var minProperties: Int?
    var maxProperties: Int?
    /// `allOf` members, a `$ref` among them.
    var allOf: [Int] = []
    /// `oneOf` and `anyOf` members, both checked as "at least one".
    var anyOf: [Int] = []
    var unionKeyword = "oneOf"
    var isBinary = false

    /// A branch of an enum-like union: a constant and nothing else to check.
    var namedConstant: (value: OpenAPIJSON, title: String)? {
        guard let constant, types == nil, enumeration == nil, allOf.isEmpty, anyOf.isEmpty else { return nil }
        return (constant, title ?? constant.brief)
    }
}

private enum JSONType: String, Sendable {
    case null, boolean, integer, number, string, array, object
}

/// A compiled `pattern`; `NSRegularExpression` matching is thread-safe once built.
private struct Pattern: @unchecked Sendable {
    let source: String
    let expression: NSRegularExpression

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// A path template with its operations.
private struct Route: Sendable {
    enum Segment: Sendable {
        case literal(String)
        case parameter(String, schema: Int)
    }

    var template: String
    var segments: [Segment]
    var operations: [String: Operation]
    var literalCount: Int { segments.filter { if case .literal = $0 { true } else { false } }.count }
}

private struct Operation: Sendable {
    var body: Int?
    var bodyRequired: Bool
}

/// What the `format` keyword can say that the type does not; unknown formats pass.
private enum Formats {
    static func check(string text: String, format: String) -> String? {
        switch format {
        case "snowflake":
            return isSnowflake(text) ? nil : "\(OpenAPIJSON.string(text).brief) is not a snowflake (decimal digits)"
        case "uri":
            guard let url = URL(string: text), let scheme = url.scheme, !scheme.isEmpty else {
                return "\(OpenAPIJSON.string(text).brief) is not a URI"
            }
            return nil
        case "date-time":
            return isDateTime(text) ? nil : "\(OpenAPIJSON.string(text).brief) is not an RFC 3339 date-time"
        default:
            return nil
        }
    }

    static func check(number value: OpenAPIJSON, format: String) -> String? {
        switch format {
        case "int32":
            guard case .integer(let number) = value, number >= Int64(Int32.min), number <= Int64(Int32.max) else {
                return "\(value.brief) is not an int32"
            }
            return nil
        case "int64":
            guard case .integer = value else { return "\(value.brief) is not an int64" }
            return nil
        default:
            return nil
        }
    }

    /// The spec's `SnowflakeType` pattern: `^(0|[1-9][0-9]*)$`, and it must fit 64 bits.
    static func isSnowflake(_ text: String) -> Bool {
        guard let first = text.utf8.first, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return (first != 0x30 || text.utf8.count == 1) && UInt64(text) != nil
    }

    /// RFC 3339 §5.6: `2024-01-31T12:00:00(.123)?(Z|+01:00)`.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func byte(_ offset: Int, _ options: String) -> Bool {
            offset < bytes.count && options.utf8.contains(bytes[offset])
        }
        guard digits(0..<4), byte(4, "-"), digits(5..<7), byte(7, "-"), digits(8..<10), byte(10, "Tt "),
              digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else { return false }
        var offset = 19
        if byte(offset, ".") {
            offset += 1
            let start = offset
            while digits(offset..<(offset + 1)) { offset += 1 }
            if offset == start { return false }
        }
        if byte(offset, "Zz") { return offset + 1 == bytes.count }
        return byte(offset, "+-") && digits((offset + 1)..<(offset + 3)) && byte(offset + 3, ":")
            && digits((offset + 4)..<(offset + 6)) && offset + 6 == bytes.count
    }
}

// MARK: - Compiler

private struct SpecError: Error, CustomStringConvertible {
    var description: String
}

/// Turns the parsed document into ``SchemaNode``s, components first so any `$ref` can point at
/// its target's index before that target is compiled.
private struct SchemaCompiler {
    let document: OpenAPIJSON
    var nodes: [SchemaNode] = []
    var componentIndex: [String: Int] = [:]
    var ignoredKeywords: Set<String> = []

    /// Keywords that only annotate or that the other keywords already cover.
    static let annotations: Set<String> = [
        "title", "description", "x-discord-union", "contentEncoding", "deprecated", "example", "examples",
        "default", "readOnly", "writeOnly", "externalDocs", "$comment",
    ]
    static let understood: Set<String> = [
        "$ref", "type", "const", "enum", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
        "items", "minItems", "maxItems", "uniqueItems", "properties", "required", "additionalProperties",
        "minProperties", "maxProperties", "allOf", "anyOf", "oneOf",
    ]

    init(document: OpenAPIJSON) {
        self.document = document
    }

    mutating func compileComponents() throws {
        guard case .object(let schemas)? = document["components"]?["schemas"] else { return }
        let names = schemas.keys.sorted()
        for name in names {
            componentIndex[name] = nodes.count
            nodes.append(SchemaNode(name: name))
        }
        for name in names {
            guard let index = componentIndex[name], let schema = schemas[name] else { continue }
            var node = try compileNode(schema)
            node.name = name
            nodes[index] = node
        }
    }

    mutating func apply(_ override: DiscordOpenAPI.Override) throws {
        guard let index = componentIndex[override.schema], let property = nodes[index].properties[override.property] else {
            throw SpecError(description: "override target \(override.schema).\(override.property) is not in the spec")
        }
        nodes[property].maxLength = min(nodes[property].maxLength ?? override.maxLength, override.maxLength)
    }

    mutating func compileRoutes() throws -> [Route] {
        guard case .object(let paths)? = document["paths"] else { throw SpecError(description: "the document has no paths") }
        var routes: [Route] = []
        for (template, item) in paths.sorted(by: { $0.key < $1.key }) {
            var parameters: [String: Int] = [:]
            var operations: [String: Operation] = [:]
            for declared in item["parameters"]?.arrayValue ?? [] where declared["in"] == .string("path") {
                guard case .string(let name)? = declared["name"] else { continue }
                parameters[name] = try declared["schema"].map { try compile($0) } ?? compile(.object([:]))
            }
            for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
                guard let operation = item[method] else { continue }
                for declared in operation["parameters"]?.arrayValue ?? [] where declared["in"] == .string("path") {
                    guard case .string(let name)? = declared["name"], let schema = declared["schema"] else { continue }
                    parameters[name] = try compile(schema)
                }
                operations[method] = try compileOperation(operation)
            }
            let segments: [Route.Segment] = try template.split(separator: "/").map { part in
                guard part.hasPrefix("{"), part.hasSuffix("}") else { return .literal(String(part)) }
                let name = String(part.dropFirst().dropLast())
                guard let schema = parameters[name] else {
                    throw SpecError(description: "\(template) does not declare its parameter \(name)")
                }
                return .parameter(name, schema: schema)
            }
            routes.append(Route(template: template, segments: segments, operations: operations))
        }
        return routes
    }

    private mutating func compileOperation(_ operation: OpenAPIJSON) throws -> Operation {
        guard let requestBody = operation["requestBody"] else { return Operation(body: nil, bodyRequired: false) }
        let required = requestBody["required"] == .bool(true)
        guard case .object(let content)? = requestBody["content"] else { return Operation(body: nil, bodyRequired: false) }
        // JSON when offered (the multipart variant's `payload_json` part is this same body);
        // otherwise the form's fields, checked as a JSON object.
        let chosen = content["application/json"] ?? content["multipart/form-data"] ?? content["application/x-www-form-urlencoded"]
        guard let schema = chosen?["schema"] else { return Operation(body: compileAny(), bodyRequired: required) }
        return Operation(body: try compile(schema), bodyRequired: required)
    }

    private mutating func compileAny() -> Int {
        nodes.append(SchemaNode())
        return nodes.count - 1
    }

    /// Compiles `schema` into a new node and returns its index.
    private mutating func compile(_ schema: OpenAPIJSON) throws -> Int {
        let node = try compileNode(schema)
        nodes.append(node)
        return nodes.count - 1
    }

    private mutating func compileNode(_ schema: OpenAPIJSON) throws -> SchemaNode {
        var node = SchemaNode()
        if case .bool(let accepts) = schema {
            // `true` accepts anything; `false` accepts nothing (an empty type set).
            if !accepts { node.types = [] }
            return node
        }
        guard case .object(let keywords) = schema else { throw SpecError(description: "a schema is not an object: \(schema.brief)") }
        for key in keywords.keys where !Self.understood.contains(key) && !Self.annotations.contains(key) {
            ignoredKeywords.insert(key)
        }
        if case .string(let reference)? = keywords["$ref"] {
            let prefix = "#/components/schemas/"
            guard reference.hasPrefix(prefix), let target = componentIndex[String(reference.dropFirst(prefix.count))] else {
                throw SpecError(description: "unresolvable $ref \(reference)")
            }
            node.allOf.append(target)
        }
        if case .string(let title)? = keywords["title"] { node.title = title }
        switch keywords["type"] {
        case .string(let name)?:
            node.types = [try Self.type(name)]
        case .array(let names)?:
            node.types = Set(try names.map { name in
                guard case .string(let text) = name else { throw SpecError(description: "a type is not a string") }
                return try Self.type(text)
            })
        default: break
        }
        node.constant = keywords["const"]
        node.enumeration = keywords["enum"]?.arrayValue
        node.minLength = keywords["minLength"]?.intValue
        node.maxLength = keywords["maxLength"]?.intValue
        if case .string(let source)? = keywords["pattern"] {
            node.pattern = Pattern(source: source, expression: try NSRegularExpression(pattern: source))
        }
        if case .string(let format)? = keywords["format"] { node.format = format }
        node.minimum = keywords["minimum"]
        node.maximum = keywords["maximum"]
        if let items = keywords["items"] { node.items = try compile(items) }
        node.minItems = keywords["minItems"]?.intValue
        node.maxItems = keywords["maxItems"]?.intValue
        node.uniqueItems = keywords["uniqueItems"] == .bool(true)
        if case .object(let properties)? = keywords["properties"] {
            for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
                node.properties[name] = try compile(property)
            }
        }
        node.required = keywords["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        switch keywords["additionalProperties"] {
        case .bool(false)?: node.additionalProperties = .forbidden
        case .object(let members)? where !members.isEmpty:
            node.additionalProperties = .schema(try compile(.object(members)))
        default: break
        }
        node.minProperties = keywords["minProperties"]?.intValue
        node.maxProperties = keywords["maxProperties"]?.intValue
        for member in keywords["allOf"]?.arrayValue ?? [] { node.allOf.append(try compile(member)) }
        for keyword in ["oneOf", "anyOf"] {
            guard let members = keywords[keyword]?.arrayValue else { continue }
            node.unionKeyword = keyword
            for member in members { node.anyOf.append(try compile(member)) }
        }
        node.isBinary = keywords["contentEncoding"] != nil
        return node
    }

    private static func type(_ name: String) throws -> JSONType {
        guard let type = JSONType(rawValue: name) else { throw SpecError(description: "unknown type \(name)") }
        return type
    }
}

// MARK: - JSON

/// A parsed JSON value that keeps integers apart from other numbers, which `integer` and the
/// `int32`/`int64` formats need, and parses the 1.2 MB spec quickly.
enum OpenAPIJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([OpenAPIJSON])
    case object([String: OpenAPIJSON])

    subscript(key: String) -> OpenAPIJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var arrayValue: [OpenAPIJSON]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var intValue: Int? {
        switch self {
        case .integer(let number): Int(exactly: number)
        case .number(let number): Int(exactly: number)
        default: nil
        }
    }

    fileprivate func isA(_ type: JSONType) -> Bool {
        switch (type, self) {
        case (.null, .null), (.boolean, .bool), (.string, .string), (.array, .array), (.object, .object): true
        case (.integer, .integer), (.number, .integer), (.number, .number): true
        // JSON Schema: a number with a zero fractional part is an integer.
        case (.integer, .number(let number)): number.isFinite && number.rounded() == number
        default: false
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// A short rendering for messages.
    var brief: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .integer(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let text):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            let escaped = shown.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        case .array(let items): return "array of \(items.count)"
        case .object: return "object"
        }
    }

    /// Numeric order, exact between integers (bounds such as `Int64.min` do not round).
    fileprivate func compare(to bound: OpenAPIJSON) -> ComparisonResult {
        if case .integer(let left) = self, case .integer(let right) = bound {
            return left < right ? .orderedAscending : (left > right ? .orderedDescending : .orderedSame)
        }
        guard let left = doubleValue, let right = bound.doubleValue else { return .orderedSame }
        return left < right ? .orderedAscending : (left > right ? .orderedDescending : .orderedSame)
    }

    private var doubleValue: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    static func parse(_ data: Data) throws -> OpenAPIJSON {
        try data.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
            return try parser.parseDocument()
        }
    }
}

/// Why some bytes are not JSON, with the byte offset.
struct JSONParseError: Error, CustomStringConvertible {
    var offset: Int
    var reason: String
    var description: String { "\(reason) at byte \(offset)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes.
private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws -> OpenAPIJSON {
        let value = try parseValue()
        skipSpace()
        guard offset == bytes.count else { throw fail("trailing characters") }
        return value
    }

    private func fail(_ reason: String) -> JSONParseError {
        JSONParseError(offset: offset, reason: reason)
    }

    private mutating func skipSpace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    private mutating func expect(_ word: StaticString, _ value: OpenAPIJSON) throws -> OpenAPIJSON {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw fail("unexpected end") }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { throw fail("unexpected word") }
        offset += count
        return value
    }

    private mutating func parseValue() throws -> OpenAPIJSON {
        skipSpace()
        guard offset < bytes.count else { throw fail("unexpected end") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        default: return try parseNumber()
        }
    }

    private mutating func enter() throws {
        depth += 1
        // Bounded so a hostile body cannot exhaust the stack.
        guard depth <= 512 else { throw fail("nesting deeper than 512") }
    }

    private mutating func parseObject() throws -> OpenAPIJSON {
        try enter()
        defer { depth -= 1 }
        offset += 1
        var members: [String: OpenAPIJSON] = [:]
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
            let key = try parseString()
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            offset += 1
            members[key] = try parseValue()
            skipSpace()
            guard offset < bytes.count else { throw fail("unexpected end") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            guard bytes[offset] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
            offset += 1
            return .object(members)
        }
    }

    private mutating func parseArray() throws -> OpenAPIJSON {
        try enter()
        defer { depth -= 1 }
        offset += 1
        var items: [OpenAPIJSON] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            items.append(try parseValue())
            skipSpace()
            guard offset < bytes.count else { throw fail("unexpected end") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            guard bytes[offset] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
            offset += 1
            return .array(items)
        }
    }

    private mutating func parseString() throws -> String {
        offset += 1
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
            guard bytes[offset] >= 0x20 else { throw fail("control character in a string") }
            offset += 1
        }
        guard offset < bytes.count else { throw fail("unterminated string") }
        if bytes[offset] == UInt8(ascii: "\"") {
            offset += 1
            return try decode(start..<(offset - 1))
        }
        var scalars = Array(bytes[start..<offset])
        while true {
            guard offset < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: scalars, as: UTF8.self) else { throw fail("invalid UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                guard offset < bytes.count else { throw fail("unterminated escape") }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"): scalars.append(contentsOf: Array(try parseUnicodeEscape().utf8))
                default: throw fail("unknown escape")
                }
            default:
                guard byte >= 0x20 else { throw fail("control character in a string") }
                scalars.append(byte)
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            offset += 1
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw fail("bad \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws -> String {
        let first = try hex4()
        var scalar = first
        if (0xD800...0xDBFF).contains(first) {
            guard offset + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw fail("lone surrogate")
            }
            offset += 2
            let second = try hex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw fail("bad surrogate pair") }
            scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw fail("lone surrogate") }
        return String(Character(unicode))
    }

    private func decode(_ range: Range<Int>) throws -> String {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw JSONParseError(offset: range.lowerBound, reason: "invalid UTF-8")
        }
        return text
    }

    private mutating func parseNumber() throws -> OpenAPIJSON {
        let start = offset
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.offset
            while parser.offset < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.offset]) { parser.offset += 1 }
            return parser.offset - from
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw fail("unexpected character") }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw fail("leading zero") }
        var isInteger = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            isInteger = false
            guard digits(&self) > 0 else { throw fail("expected digits after '.'") }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            isInteger = false
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits(&self) > 0 else { throw fail("expected exponent digits") }
        }
        let text = try decode(start..<offset)
        if isInteger, let number = Int64(text) { return .integer(number) }
        guard let number = Double(text) else { throw JSONParseError(offset: start, reason: "bad number") }
        return .number(number)
    }
}

/// The handlers this daemon runs, by job name, and the definitions of every name it serves.
///
/// ```swift
/// var handlers = JobHandlers(definitions: JobCatalog.all)
/// handlers.register("weekly.raid.start") { context in try await raids.start(context) }
/// ```
struct JobHandlers: Sendable {
    typealias Handler = @Sendable (JobContext) async throws -> Void

    private(set) var definitions: [String: JobDefinition] = [:]
    private var handlers: [String: Handler] = [:]

    init(definitions: [JobDefinition] = JobCatalog.all) {
        for definition in definitions {
            self.definitions[definition.name] = definition
        }
    }

    /// Registers `handler` for `name`, defining the name with defaults if it is new.
    mutating func register(_ name: String, definition: JobDefinition? = nil, _ handler: @escaping Handler) {
        precondition(JobDefinition.isValidName(name), "invalid job name \(name)")
        definitions[name] = definition ?? definitions[name] ?? JobDefinition(name)
        handlers[name] = handler
    }

    func handler(for name: String) -> Handler? {
        handlers[name]
    }

    func definition(for name: String) -> JobDefinition? {
        definitions[name]
    }

    var names: [String] {
        definitions.keys.sorted()
    }
}

/// One thing `doctor` looks at. A check never throws: what went wrong is its result, so one
/// broken subsystem cannot hide the others' findings. It writes its findings in the language it
/// is run in: English for `odysseyctl doctor`, the server's for `/admin doctor`.
///
/// ```swift
/// struct AlwaysFine: DoctorCheck {
///     let name = "fine"
///     let title = "Everything"
///     let summary = "always passes"
///     func run(in language: Language) async -> DoctorResult { .ok("all good") }
/// }
/// ```
protocol DoctorCheck: Sendable {
    /// The name `odysseyctl doctor NAME` runs it by: lowercase with dashes.
    var name: String { get }
    /// The line after `[✓]` (English; `/admin doctor` takes the catalog's `doctor.check.NAME`).
    var title: String { get }
    /// What the check looks at, for `--list-checks` (English: only the CLI shows it).
    var summary: String { get }
    func run(in language: Language) async -> DoctorResult
}

extension DoctorCheck {
    /// In English, as `odysseyctl doctor` prints it.
    func run() async -> DoctorResult { await run(in: .en) }
}

/// The checks' words in one language: `say(key, values)` and `say.plural(key, count)`, so a
/// check reads as its sentences rather than as `Localizer` calls.
///
/// ```swift
/// let say = DoctorText(.ru)
/// say.plural(MessageKeys.DoctorChecks.problems, 3)   // "3 проблемы"
/// ```
struct DoctorText: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        Localizer.text(key, values, in: language)
    }

    func plural(_ key: String, _ count: Int) -> String { Localizer.plural(key, count, in: language) }
}

/// One thing `doctor` looks at. A check never throws: what went wrong is its result, so one
/// broken subsystem cannot hide the others' findings.
///
/// ```swift
/// struct AlwaysFine: DoctorCheck {
///     let name = "fine"
///     let title = "Everything"
///     let summary = "always passes"
///     func run() async -> DoctorResult { .ok("all good") }
/// }
/// ```
protocol DoctorCheck: Sendable {
    /// The name `odysseyctl doctor NAME` runs it by: lowercase with dashes.
    var name: String { get }
    /// The line after `[✓]`.
    var title: String { get }
    /// What the check looks at, for `--list-checks`.
    var summary: String { get }
    func run() async -> DoctorResult
}

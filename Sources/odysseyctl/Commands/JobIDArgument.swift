import ArgumentParser

/// The `ID` argument of `job show`, `job retry` and `job cancel`.
///
/// ```swift
/// struct Show: AsyncParsableCommand {
///     @OptionGroup var job: JobIDArgument
///     func run() async throws { _ = try await client.job(job.id) }
/// }
/// ```
struct JobIDArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The job's id, as queue show lists it.", valueName: "id"))
    var id: Int64

    func validate() throws {
        guard id > 0 else { throw ValidationError("Job ids are positive; \(id) is not one.") }
    }
}

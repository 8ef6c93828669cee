import ArgumentParser

extension Odysseyctl {
    /// Prints `man/odysseyctl.1`; `scripts/generate-cli-docs` calls it.
    ///
    /// ```
    /// $ odysseyctl generate-manual > man/odysseyctl.1
    /// ```
    struct GenerateManual: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-manual",
            abstract: "Print the odysseyctl(1) manual page in mdoc format.",
            shouldDisplay: false
        )

        func run() throws {
            print(try ManualPage.render(), terminator: "")
        }
    }
}

import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl seed`: insert the setup rows a fresh database needs; safe to repeat.
    ///
    /// ```
    /// $ odysseyctl seed
    /// Nothing to do: all 4 setup rows are already in place.
    /// ```
    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Insert the setup rows a fresh database needs.",
            discussion: """
                Seeding only inserts rows that are missing and never changes existing ones, \
                so running it again is harmless.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let report = try await global.request { try await $0.seed() }
            global.output.emit(report, text: SeedRenderer.text(for: report))
        }
    }
}
